using Attain.Core.Catalog;

namespace Attain.Core.Evaluation;

/// <summary>Fills exam slots with distinct qualified individuals, as many as a maximum matching can.</summary>
public static class ExamSlotMatcher
{
    public static IReadOnlyList<SlotFill> Match(IReadOnlyList<SlotDefinition> slots, IReadOnlyList<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(slots);
        ArgumentNullException.ThrowIfNull(candidates);
        return Match(slots, candidates, (slot, person) => candidates[person].Covers(slots[slot].Groups));
    }

    /// <summary>The engine's path: who covers which slot is a bit test on the catalog's group masks.</summary>
    internal static IReadOnlyList<SlotFill> Match(IReadOnlyList<SlotDefinition> slots, IReadOnlyList<Candidate> candidates, CatalogIndex index)
    {
        var masks = new int[slots.Count];
        for (var slot = 0; slot < masks.Length; slot++)
        {
            masks[slot] = index.MaskOf(slots[slot].Groups);
        }

        return Match(slots, candidates, (slot, person) => candidates[person].Covers(masks[slot]));
    }

    private static SlotFill[] Match(IReadOnlyList<SlotDefinition> slots, IReadOnlyList<Candidate> candidates, Func<int, int, bool> covers)
    {
        // One left vertex per seat (a slot of count 2 is two seats); a seat's edges are the people covering its slot.
        var slotOfSeat = SeatSlots(slots);
        var edgesOfSlot = new int[slots.Count][];
        var scratch = new int[candidates.Count];
        for (var slot = 0; slot < slots.Count; slot++)
        {
            var count = 0;
            for (var person = 0; person < candidates.Count; person++)
            {
                if (covers(slot, person))
                {
                    scratch[count++] = person;
                }
            }

            edgesOfSlot[slot] = scratch[..count];
        }

        var adjacency = new int[slotOfSeat.Length][];
        for (var seat = 0; seat < adjacency.Length; seat++)
        {
            adjacency[seat] = edgesOfSlot[slotOfSeat[seat]];
        }

        var matchOfSeat = MaximumMatching.Solve(adjacency, candidates.Count);

        var fills = new SlotFill[slots.Count];
        var seatIndex = 0;
        for (var slot = 0; slot < slots.Count; slot++)
        {
            var filled = new List<Model.IndividualId>(slots[slot].Count);
            for (var seat = 0; seat < slots[slot].Count; seat++, seatIndex++)
            {
                if (matchOfSeat[seatIndex] >= 0)
                {
                    filled.Add(candidates[matchOfSeat[seatIndex]].Id);
                }
            }

            filled.Sort();
            fills[slot] = new SlotFill(slots[slot].Id, slots[slot].Count, filled);
        }

        return fills;
    }

    /// <summary>One entry per person a slot needs: a slot of count 2 is two seats.</summary>
    internal static IReadOnlyList<SlotDefinition> SlotSeats(IEnumerable<SlotDefinition> slots) =>
        slots.SelectMany(slot => Enumerable.Repeat(slot, slot.Count)).ToList();

    /// <summary>For each seat, the index of its slot: seats run slot by slot, in slot order.</summary>
    internal static int[] SeatSlots(IReadOnlyList<SlotDefinition> slots)
    {
        var total = 0;
        foreach (var slot in slots)
        {
            total += slot.Count;
        }

        var slotOfSeat = new int[total];
        var seat = 0;
        for (var slot = 0; slot < slots.Count; slot++)
        {
            for (var copy = 0; copy < slots[slot].Count; copy++)
            {
                slotOfSeat[seat++] = slot;
            }
        }

        return slotOfSeat;
    }
}
