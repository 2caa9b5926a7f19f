namespace Attain.Core.Evaluation;

/// <summary>
/// The outcome of an exam-slot-sets requirement: each set's own outcome (its slots filled by distinct individuals), met
/// when every set is. An individual may count in several sets.
/// </summary>
public sealed record ExamSlotSetsOutcome(string RequirementId, bool Met, IReadOnlyList<ExamSlotsOutcome> Sets)
    : RequirementOutcome(RequirementId, Met)
{
    public override IEnumerable<SlotFill> Fills() => Sets.SelectMany(set => set.Slots);
}
