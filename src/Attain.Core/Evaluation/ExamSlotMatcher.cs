using Attain.Core.Catalog;

namespace Attain.Core.Evaluation;

/// <summary>Fills exam slots with distinct qualified individuals, as many as a maximum matching can.</summary>
public static class ExamSlotMatcher
{
    public static IReadOnlyList<SlotFill> Match(IReadOnlyList<SlotDefinition> slots, IReadOnlyList<Candidate> candidates)
    {
        var seats = SlotSeats(slots);
        var matchOfSeat = MaximumMatching.Solve(
            seats.Count,
            candidates.Count,
            seat => Enumerable.Range(0, candidates.Count).Where(person => candidates[person].Covers(seats[seat].Groups)).ToList());

        return slots
            .Select(slot => new SlotFill(
                slot.Id,
                slot.Count,
                Enumerable.Range(0, seats.Count)
                    .Where(seat => seats[seat] == slot && matchOfSeat[seat] >= 0)
                    .Select(seat => candidates[matchOfSeat[seat]].Id)
                    .Order()
                    .ToList()))
            .ToList();
    }

    /// <summary>One entry per person a slot needs: a slot of count 2 is two seats.</summary>
    internal static IReadOnlyList<SlotDefinition> SlotSeats(IEnumerable<SlotDefinition> slots) =>
        slots.SelectMany(slot => Enumerable.Repeat(slot, slot.Count)).ToList();
}
