namespace Attain.Core.Evaluation;

/// <summary>
/// Who fills which seat of the next level's exam slots, and which exams each still has to pass: the fewest
/// additional passes in total, then the fewest new individuals.
/// </summary>
public sealed record ExamPlanStep(string RequirementId, IReadOnlyList<ExamAssignment> Assignments, int AdditionalPasses, int NewIndividuals)
    : PlanStep(RequirementId)
{
    public override PlanFigures Figures() => new(null, AdditionalPasses, NewIndividuals);
}
