using Attain.Benchmarks.Baselines;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Benchmarks;

/// <summary>
/// Before anything is timed, the three implementations must agree: a faster answer that is wrong is no answer.
/// </summary>
public static class VerdictCheck
{
    public static int AssertSameVerdicts(CompetencyCatalog catalog, IEnumerable<PartnerFacts> partners)
    {
        var linq = new LinqVerdict(catalog);
        var rules = new RulesEngineVerdict(catalog);
        var checkedPartners = 0;
        foreach (var facts in partners)
        {
            var ours = CompetencyEvaluator.Evaluate(catalog, facts, PartnerFactory.AsOf).Level?.Value ?? "none";
            var byLinq = linq.Level(facts, PartnerFactory.AsOf);
            var byRules = rules.LevelAsync(facts, PartnerFactory.AsOf).GetAwaiter().GetResult();
            if (ours != byLinq || ours != byRules)
            {
                throw new InvalidOperationException($"Verdicts differ for {facts.Partner.Id}: Attain {ours}, LINQ {byLinq}, RulesEngine {byRules}.");
            }

            checkedPartners++;
        }

        return checkedPartners;
    }
}
