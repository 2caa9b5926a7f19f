namespace Attain.Core.Evaluation;

public sealed record ExamSlotsOutcome(string RequirementId, bool Met, IReadOnlyList<SlotFill> Slots, int IndividualsFound, int IndividualsRequired)
    : RequirementOutcome(RequirementId, Met)
{
    public int Shortfall => IndividualsRequired - IndividualsFound;

    public override IEnumerable<SlotFill> Fills() => Slots;
}
