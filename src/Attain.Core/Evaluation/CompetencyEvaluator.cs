using Attain.Core.Catalog;
using Attain.Core.Model;
using Attain.Core.Planning;

namespace Attain.Core.Evaluation;

/// <summary>
/// The engine: a pure function of (catalog, partner facts, as-of date) → evaluation. No I/O and no clock,
/// so the CLI, the web app, the tests and the benchmarks all call the same thing.
/// </summary>
public static class CompetencyEvaluator
{
    /// <summary>Evaluates under the version in force on <paramref name="asOf"/> (SPEC §5).</summary>
    public static PartnerEvaluation Evaluate(VersionedCatalog catalog, PartnerFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var evaluation = Evaluate(catalog.InForceOn(asOf), facts, asOf);

        // Rules already published for a later date change the forecast of the level held (SPEC §5); rare, so only then.
        if (evaluation.Level is { } held && catalog.Latest.EffectiveFrom > asOf)
        {
            evaluation = evaluation with { Lapse = LapseAcrossVersions.Of(catalog, facts, asOf, held, evaluation.Lapse) };
        }

        // Issue 11: a lapse says why, what follows and how to keep the level.
        return evaluation.Lapse is null ? evaluation : evaluation with { Lapse = LapseOutlook.Complete(catalog, facts, evaluation) };
    }

    /// <summary>Evaluates under one version's rules, whatever its dates: what-if questions about a proposed version use this.</summary>
    public static PartnerEvaluation Evaluate(CompetencyCatalog catalog, PartnerFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        var context = new EvaluationContext(catalog, facts, asOf);

        // Each requirement is evaluated once; the plan and the lapse start from these outcomes.
        var levels = LevelsOf(catalog, context, out var heldIndex);
        var held = heldIndex >= 0 ? catalog.Levels[heldIndex] : null;
        var nextIndex = heldIndex + 1 < levels.Length ? heldIndex + 1 : -1;

        return new PartnerEvaluation(
            facts.Partner.Id,
            facts.Partner.Name,
            facts.Partner.Country,
            context.Market,
            asOf,
            catalog.EffectiveFrom,
            context.Revenue.Window,
            context.Revenue.Total,
            context.Revenue.ByMonth,
            context.Candidates,
            held?.Id,
            levels,
            nextIndex < 0 ? null : PlanFor(catalog.Levels[nextIndex], levels[nextIndex], context),
            held is null ? null : LapseOf(held, context),
            context.Revenue.BeyondLimit.Count == 0 ? null : context.Revenue.BeyondLimit);
    }

    /// <summary>The levels under one version's rules, without plan or lapse: what comparing two rule sets needs (catalog impact).</summary>
    public static Qualification Qualify(CompetencyCatalog catalog, PartnerFacts facts, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        var context = new EvaluationContext(catalog, facts, asOf);
        var levels = LevelsOf(catalog, context, out var heldIndex);
        return new Qualification(facts.Partner.Id, facts.Partner.Name, context.Market, heldIndex >= 0 ? catalog.Levels[heldIndex].Id : null, levels);
    }

    private static LevelOutcome[] LevelsOf(CompetencyCatalog catalog, EvaluationContext context, out int heldIndex)
    {
        var levels = new LevelOutcome[catalog.Levels.Count];
        heldIndex = -1;
        for (var index = 0; index < levels.Length; index++)
        {
            var requirements = catalog.Levels[index].Requirements;
            var outcomes = new RequirementOutcome[requirements.Count];
            var met = true;
            for (var requirement = 0; requirement < outcomes.Length; requirement++)
            {
                outcomes[requirement] = requirements[requirement].Evaluate(context);
                met &= outcomes[requirement].Met;
            }

            levels[index] = new LevelOutcome(catalog.Levels[index].Id, met, outcomes);
            // A partner holds the highest level whose every requirement is met (SPEC §1).
            heldIndex = met ? index : heldIndex;
        }

        return levels;
    }

    private static NextLevelPlan PlanFor(LevelDefinition level, LevelOutcome outcome, EvaluationContext context)
    {
        // Issue 11: the plan never counts on someone who is leaving; only then is the level judged again without them.
        var staying = Staying.Only(context.Facts, context.AsOf);
        var planContext = ReferenceEquals(staying, context.Facts) ? context : new EvaluationContext(context.Catalog, staying, context.AsOf);
        var steps = new List<PlanStep>(level.Requirements.Count);
        for (var index = 0; index < level.Requirements.Count; index++)
        {
            var requirement = level.Requirements[index];
            var judged = ReferenceEquals(planContext, context) ? outcome.Requirements[index] : requirement.Evaluate(planContext);
            if (requirement.Plan(planContext, judged) is { } step)
            {
                steps.Add(step);
            }
        }

        return new NextLevelPlan(level.Id, steps);
    }

    private static Lapse? LapseOf(LevelDefinition level, EvaluationContext context)
    {
        List<RequirementLapse>? lapses = null;
        foreach (var requirement in level.Requirements)
        {
            if (requirement.LapsesOn(context) is { } day)
            {
                (lapses ??= []).Add(new RequirementLapse(requirement.Id, day));
            }
        }

        if (lapses is null)
        {
            return null;
        }

        // Earliest first; a stable sort keeps catalog order between requirements lapsing on the same day.
        var ordered = lapses.OrderBy(lapse => lapse.On).ToList();
        return new Lapse(level.Id, ordered[0].On, ordered[0].RequirementId, ordered);
    }
}
