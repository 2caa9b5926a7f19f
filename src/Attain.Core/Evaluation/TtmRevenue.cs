using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// A partner's trailing-twelve-month net new revenue as of a date: per month of the window, the revenue of
/// qualifying products from customers for which the partner was DPOR during that month.
/// </summary>
public sealed class TtmRevenue
{
    private readonly decimal[] _byMonth;

    private TtmRevenue(MonthRange window, decimal[] byMonth, IReadOnlyList<MonthlyRevenue> beyondLimit)
    {
        Window = window;
        _byMonth = byMonth;
        BeyondLimit = beyondLimit;
        var total = 0m;
        foreach (var amount in byMonth)
        {
            total += amount;
        }

        Total = new Usd(total);
    }

    /// <summary>SPEC §2: the 12 whole calendar months before the as-of date's month.</summary>
    public static MonthRange WindowFor(DateOnly asOf)
    {
        var current = Month.Of(asOf);
        return new MonthRange(current.Plus(-12), current.Plus(-1));
    }

    public MonthRange Window { get; }

    public Usd Total { get; }

    /// <summary>
    /// Lines that would count but are beyond ±<see cref="Usd.Limit"/>: left out of every figure, so no sum can
    /// overflow. Only a store written before the limit existed can hold one (issue #9); the evaluation names them.
    /// </summary>
    public IReadOnlyList<MonthlyRevenue> BeyondLimit { get; }

    public IReadOnlyList<MonthlyFigure> ByMonth
    {
        get
        {
            var figures = new MonthlyFigure[_byMonth.Length];
            for (var index = 0; index < figures.Length; index++)
            {
                figures[index] = new MonthlyFigure(Window.First.Plus(index), new Usd(_byMonth[index]));
            }

            return figures;
        }
    }

    public static TtmRevenue Of(CompetencyCatalog catalog, PartnerFacts facts, DateOnly asOf) => Of(CatalogIndex.Of(catalog), facts, asOf);

    internal static TtmRevenue Of(CatalogIndex catalog, PartnerFacts facts, DateOnly asOf)
    {
        var window = WindowFor(asOf);
        var byMonth = new decimal[window.Count];
        var dpor = DporMonths.Of(facts.Dpor, window);

        // Revenue lines come grouped by customer (a folder or the store hands them out that way), so the
        // customer's months and the product's verdict are looked up once per run of equal values, not per line.
        // (No real line has a default id, so the first line always looks up.)
        var customer = default(CustomerId);
        var months = 0;
        var product = default(ProductCode);
        var qualifies = false;
        List<MonthlyRevenue>? beyondLimit = null;
        foreach (var line in facts.Revenue)
        {
            var index = line.Month.MonthsSince(window.First);
            if ((uint)index >= (uint)byMonth.Length)
            {
                continue;
            }

            if (line.Customer != customer)
            {
                customer = line.Customer;
                months = dpor.MonthsOf(customer);
            }

            if (line.Product != product)
            {
                product = line.Product;
                qualifies = catalog.Qualifies(product);
            }

            // A month counts when a DPOR interval of the customer overlaps it (SPEC §2), and only for qualifying products.
            if (qualifies && (months & (1 << index)) != 0)
            {
                if (Usd.IsWithinLimit(line.Amount.Amount))
                {
                    byMonth[index] += line.Amount.Amount;
                }
                else
                {
                    (beyondLimit ??= []).Add(line);
                }
            }
        }

        return new TtmRevenue(window, byMonth, beyondLimit ?? []);
    }

    /// <summary>
    /// Rolls the window forward month by month with no new revenue (months from the as-of month on count
    /// as zero) and returns the first month whose TTM figure falls below the threshold, or null when it
    /// never does (a threshold of zero or less).
    /// </summary>
    public Month? FirstMonthBelow(Usd threshold)
    {
        var remaining = Total.Amount;
        for (var monthsAhead = 1; monthsAhead <= _byMonth.Length; monthsAhead++)
        {
            remaining -= _byMonth[monthsAhead - 1];
            if (remaining < threshold.Amount)
            {
                return Window.Last.Plus(1 + monthsAhead);
            }
        }

        return null;
    }
}
