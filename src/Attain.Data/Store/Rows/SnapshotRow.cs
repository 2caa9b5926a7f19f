namespace Attain.Data.Store.Rows;

/// <summary>
/// One partner's evaluation as it was made: as of which date, with which catalog version, from which inputs
/// (a digest of the partner's facts), and the result. Unique over (partner, as-of, catalog version, inputs):
/// evaluating the same inputs again adds nothing.
/// </summary>
public sealed class SnapshotRow
{
    public long Id { get; set; }

    public required string PartnerId { get; set; }

    public DateOnly AsOf { get; set; }

    public int CatalogVersionId { get; set; }

    public required string InputDigest { get; set; }

    /// <summary>The level held, or "none".</summary>
    public required string Level { get; set; }

    public decimal TtmRevenueUsd { get; set; }

    /// <summary>The whole evaluation in Attain's JSON shape (SPEC §4), so history can say which requirement flipped and why.</summary>
    public required string ResultJson { get; set; }

    public DateTime EvaluatedAtUtc { get; set; }

    /// <summary>The latest drop imported when it was evaluated (<see cref="ImportRow"/>): where its inputs came from; null before any was recorded.</summary>
    public long? ImportId { get; set; }
}
