using Attain.Core.Model;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// The lowest and highest partner id of a batch. Batches come in partner id order, so a batch's rows of any table keyed
/// by partner are one range of that table's partner index: read so, not as a list of ids (an IN of a parameter per
/// partner, which cost more than the evaluation itself).
/// </summary>
public readonly record struct PartnerRange(string First, string Last)
{
    public static PartnerRange Of(IEnumerable<PartnerFacts> batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        string? first = null;
        string? last = null;
        foreach (var facts in batch)
        {
            var id = facts.Partner.Id.Value;
            first = first is null || string.CompareOrdinal(id, first) < 0 ? id : first;
            last = last is null || string.CompareOrdinal(id, last) > 0 ? id : last;
        }

        return first is null || last is null ? throw new ArgumentException("An empty batch has no range.", nameof(batch)) : new PartnerRange(first, last);
    }
}
