using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// A partner's trailing-twelve-month net new revenue as of a date: per month of the window, the revenue of
/// qualifying products from customers for which the partner was DPOR during that month.
/// </summary>
public sealed class TtmRevenue
{
    private readonly Usd[] _byMonth;

    private TtmRevenue(MonthRange window, Usd[] byMonth)
    {
        Window = window;
        _byMonth = byMonth;
        Total = byMonth.Aggregate(Usd.Zero, (sum, amount) => sum + amount);
    }

    /// <summary>SPEC §2: the 12 whole calendar months before the as-of date's month.</summary>
    public static MonthRange WindowFor(DateOnly asOf)
    {
        var current = Month.Of(asOf);
        return new MonthRange(current.Plus(-12), current.Plus(-1));
    }

    public MonthRange Window { get; }

    public Usd Total { get; }

    public IReadOnlyList<MonthlyFigure> ByMonth =>
        Window.Months().Select((month, index) => new MonthlyFigure(month, _byMonth[index])).ToList();

    public static TtmRevenue Of(CompetencyCatalog catalog, PartnerFacts facts, DateOnly asOf)
    {
        var window = WindowFor(asOf);
        var byMonth = new Usd[window.Count];
        var dporByCustomer = facts.Dpor.ToLookup(interval => interval.Customer, interval => interval.Period);
        foreach (var line in facts.Revenue)
        {
            // A month counts when the DPOR interval overlaps it: SPEC §2.
            if (window.Contains(line.Month)
                && catalog.Qualifies(line.Product)
                && dporByCustomer[line.Customer].Any(period => period.Overlaps(line.Month)))
            {
                var index = line.Month.MonthsSince(window.First);
                byMonth[index] += line.Amount;
            }
        }

        return new TtmRevenue(window, byMonth);
    }

    /// <summary>
    /// Rolls the window forward month by month with no new revenue (months from the as-of month on count
    /// as zero) and returns the first month whose TTM figure falls below the threshold, or null when it
    /// never does (a threshold of zero or less).
    /// </summary>
    public Month? FirstMonthBelow(Usd threshold)
    {
        var remaining = Total;
        for (var monthsAhead = 1; monthsAhead <= _byMonth.Length; monthsAhead++)
        {
            remaining -= _byMonth[monthsAhead - 1];
            if (remaining < threshold)
            {
                return Window.Last.Plus(1 + monthsAhead);
            }
        }

        return null;
    }
}
