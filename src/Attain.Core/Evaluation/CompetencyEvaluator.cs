using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// The engine: a pure function of (catalog, partner facts, as-of date) → evaluation. No I/O and no clock,
/// so the CLI, the web app, the tests and the benchmarks all call the same thing.
/// </summary>
public static class CompetencyEvaluator
{
    public static PartnerEvaluation Evaluate(CompetencyCatalog catalog, PartnerFacts facts, DateOnly asOf)
    {
        var context = new EvaluationContext(catalog, facts, asOf);

        var levels = catalog.Levels
            .Select(level =>
            {
                var outcomes = level.Requirements.Select(requirement => requirement.Evaluate(context)).ToList();
                return new LevelOutcome(level.Id, outcomes.All(outcome => outcome.Met), outcomes);
            })
            .ToList();

        // A partner holds the highest level whose every requirement is met (SPEC §1).
        var heldIndex = levels.FindLastIndex(level => level.Met);
        var held = heldIndex >= 0 ? catalog.Levels[heldIndex] : null;
        var next = heldIndex + 1 < catalog.Levels.Count ? catalog.Levels[heldIndex + 1] : null;

        return new PartnerEvaluation(
            facts.Partner.Id,
            facts.Partner.Name,
            facts.Partner.Country,
            context.Market,
            asOf,
            context.Revenue.Window,
            context.Revenue.Total,
            context.Revenue.ByMonth,
            context.Candidates,
            held?.Id,
            levels,
            next is null ? null : PlanFor(next, context),
            held is null ? null : LapseOf(held, context));
    }

    private static NextLevelPlan PlanFor(LevelDefinition level, EvaluationContext context) =>
        new(level.Id, level.Requirements.Select(requirement => requirement.Plan(context)).OfType<PlanStep>().ToList());

    private static Lapse? LapseOf(LevelDefinition level, EvaluationContext context)
    {
        var lapses = level.Requirements
            .Select(requirement => requirement.LapsesOn(context) is { } day ? new RequirementLapse(requirement.Id, day) : null)
            .OfType<RequirementLapse>()
            .OrderBy(lapse => lapse.On)
            .ToList();
        return lapses.Count == 0 ? null : new Lapse(level.Id, lapses[0].On, lapses[0].RequirementId, lapses);
    }
}
