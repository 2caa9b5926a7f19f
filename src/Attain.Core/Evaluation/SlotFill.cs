using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>The individuals the matching placed in one kind of slot; fewer than required when it cannot be filled.</summary>
public sealed record SlotFill(SlotId Slot, int Required, IReadOnlyList<IndividualId> Individuals)
{
    public int Missing => Required - Individuals.Count;
}
