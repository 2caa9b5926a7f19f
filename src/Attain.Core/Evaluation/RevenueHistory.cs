using Attain.Core.Catalog;
using Attain.Core.Model;
using Attain.Core.Planning;

namespace Attain.Core.Evaluation;

/// <summary>
/// The revenue behind a TTM figure, for people to see what happened (issue 11): the TTM figure as it stood on each
/// first of the month over the window, and the figure split by customer. Both are the engine's own TTM arithmetic
/// (<see cref="TtmRevenue"/>) applied to other dates or to one customer at a time, so they add up to the verdict.
/// </summary>
public static class RevenueHistory
{
    /// <summary>The TTM figure on the first day after each month of the window; the last is the figure as of the evaluation.</summary>
    public static IReadOnlyList<TtmPoint> Rolling(VersionedCatalog catalog, PartnerFacts facts, PartnerEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(evaluation);
        return [.. evaluation.TtmWindow.Months().Select(month =>
        {
            var day = month.EndExclusive;
            return new TtmPoint(day, day == Month.Of(evaluation.AsOf).FirstDay ? evaluation.TtmRevenueUsd : TtmRevenue.Of(catalog.InForceOn(day), facts, day).Total);
        })];
    }

    /// <summary>Each customer the partner is DPOR for in the window with revenue that counts, largest total first.</summary>
    public static IReadOnlyList<CustomerRevenue> ByCustomer(VersionedCatalog catalog, PartnerFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        var rules = catalog.InForceOn(asOf);
        return [.. facts.Dpor.Select(interval => interval.Customer).Distinct()
            .Select(customer =>
            {
                var own = facts with
                {
                    Dpor = [.. facts.Dpor.Where(interval => interval.Customer == customer)],
                    Revenue = [.. facts.Revenue.Where(line => line.Customer == customer)],
                };
                var revenue = TtmRevenue.Of(rules, own, asOf);
                return new CustomerRevenue(customer, revenue.ByMonth, revenue.Total);
            })
            .Where(customer => customer.Months.Any(month => month.Amount != Usd.Zero))
            .OrderByDescending(customer => customer.Total.Amount).ThenBy(customer => customer.Customer.Value, StringComparer.Ordinal)];
    }
}
