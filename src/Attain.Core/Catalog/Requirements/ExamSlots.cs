using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Catalog.Requirements;

/// <summary>
/// Exam requirements met by distinct individuals: each slot needs its own person, who has passed one exam
/// of every group the slot names. Who fills which slot is chosen by a maximum matching (SPEC §2).
/// </summary>
public sealed record ExamSlots(string Id, LocalizedText Description, IReadOnlyList<SlotDefinition> Slots)
    : Requirement(Id, Description)
{
    public int IndividualsRequired => Slots.Sum(slot => slot.Count);

    public override RequirementOutcome Evaluate(EvaluationContext context) =>
        Evaluate(context.Candidates);

    public override PlanStep? Plan(EvaluationContext context) =>
        Evaluate(context.Candidates).Met ? null : ExamPlanner.Plan(this, context);

    public override DateOnly? LapsesOn(EvaluationContext context)
    {
        // Individuals who are due to leave are known already: the requirement lapses on the first such
        // departure after which the remaining individuals can no longer fill every slot.
        var departures = context.Candidates
            .Select(candidate => candidate.AssociatedUntil)
            .OfType<DateOnly>()
            .Distinct()
            .Order();
        foreach (var day in departures)
        {
            var remaining = context.Candidates.Where(candidate => candidate.IsAssociatedOn(day)).ToList();
            if (!Evaluate(remaining).Met)
            {
                return day;
            }
        }

        return null;
    }

    private ExamSlotsOutcome Evaluate(IReadOnlyList<Candidate> candidates)
    {
        var fills = ExamSlotMatcher.Match(Slots, candidates);
        var found = fills.Sum(fill => fill.Individuals.Count);
        return new ExamSlotsOutcome(Id, found == IndividualsRequired, fills, found, IndividualsRequired);
    }
}
