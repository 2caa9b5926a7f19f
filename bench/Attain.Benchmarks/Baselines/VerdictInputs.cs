using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Benchmarks.Baselines;

/// <summary>
/// The facts a straightforward implementation reduces a partner to, computed with plain LINQ: the TTM
/// revenue (window, DPOR overlap, qualifying products) and, for the two slot kinds of the catalog, how many
/// individuals qualify for each and for either. Both baselines start from here. A pass counts while the catalog
/// still accepts its exam (SPEC §5: on or before its acceptedUntil, where it has one).
/// </summary>
public sealed record VerdictInputs(bool Developed, decimal TtmRevenue, int AppDeployment, int Customization, int Either)
{
    public static VerdictInputs Of(CompetencyCatalog catalog, PartnerFacts facts, DateOnly asOf)
    {
        var window = Core.Evaluation.TtmRevenue.WindowFor(asOf);
        var qualifying = catalog.Products.Values.Where(product => product.Qualifies).Select(product => product.Code).ToHashSet();
        var ttm = facts.Revenue
            .Where(line => window.Contains(line.Month) && qualifying.Contains(line.Product))
            .Where(line => facts.Dpor.Any(interval => interval.Customer == line.Customer && interval.Period.Overlaps(line.Month)))
            .Sum(line => line.Amount.Amount);

        var groupsByIndividual = facts.Individuals
            .Where(individual => individual.IsAssociatedOn(asOf))
            .Select(individual => catalog.ExamGroups.Values
                .Where(group => individual.Passes.Any(pass => pass.PassedOn <= asOf && group.Contains(pass.Exam) && Accepted(catalog, pass.Exam, asOf)))
                .Select(group => group.Id.Value)
                .ToHashSet())
            .ToList();
        var appDeployment = groupsByIndividual.Count(groups => groups.Contains("app") && groups.Contains("deployment"));
        var customization = groupsByIndividual.Count(groups => groups.Contains("customization"));
        var either = groupsByIndividual.Count(groups => (groups.Contains("app") && groups.Contains("deployment")) || groups.Contains("customization"));

        return new VerdictInputs(catalog.Markets.MarketOf(facts.Partner.Country) == Market.Developed, ttm, appDeployment, customization, either);
    }

    private static bool Accepted(CompetencyCatalog catalog, ExamCode exam, DateOnly asOf) =>
        catalog.Exams.TryGetValue(exam, out var known) && (known.AcceptedUntil is not { } until || asOf <= until);
}
