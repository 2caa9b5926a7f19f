using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Tests.Support;

/// <summary>Reads the parts of an evaluation a scenario asserts on, by the names the catalog gives them.</summary>
public static class EvaluationReading
{
    /// <summary>"silver", "gold" or "none", as the JSON output names the level held (SPEC §4).</summary>
    public static string LevelHeld(this PartnerEvaluation evaluation) => evaluation.Level?.Value ?? "none";

    public static LevelOutcome Outcome(this PartnerEvaluation evaluation, string level) =>
        evaluation.Levels.Single(outcome => outcome.Level == new LevelId(level));

    public static RevenueOutcome Revenue(this PartnerEvaluation evaluation, string level) =>
        evaluation.Outcome(level).Requirements.OfType<RevenueOutcome>().Single();

    public static ExamSlotsOutcome Exams(this PartnerEvaluation evaluation, string level) =>
        evaluation.Outcome(level).Requirements.OfType<ExamSlotsOutcome>().Single();

    /// <summary>The individuals the engine placed in one kind of slot, as id strings.</summary>
    public static string[] Filling(this ExamSlotsOutcome outcome, string slot) =>
        [.. outcome.Slots.Single(fill => fill.Slot == new SlotId(slot)).Individuals.Select(individual => individual.Value)];

    public static ExamPlanStep? ExamPlan(this PartnerEvaluation evaluation) =>
        evaluation.Plan?.Steps.OfType<ExamPlanStep>().SingleOrDefault();

    public static RevenuePlanStep? RevenuePlan(this PartnerEvaluation evaluation) =>
        evaluation.Plan?.Steps.OfType<RevenuePlanStep>().SingleOrDefault();

    public static DateOnly? LapseOf(this PartnerEvaluation evaluation, string requirementId) =>
        evaluation.Lapse?.Requirements.SingleOrDefault(lapse => lapse.RequirementId == requirementId)?.On;

    public static Usd Usd(decimal amount) => new(amount);
}
