using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Benchmarks.Baselines;

/// <summary>The level held, in plain LINQ and C#: what a developer would write without a rules engine.</summary>
public sealed class LinqVerdict(CompetencyCatalog catalog)
{
    private readonly IReadOnlyList<LevelRule> _levels = LevelRule.From(catalog);

    public string Level(PartnerFacts facts, DateOnly asOf)
    {
        var inputs = VerdictInputs.Of(catalog, facts, asOf);
        return _levels.LastOrDefault(level => level.IsMetBy(inputs))?.Level ?? "none";
    }
}
