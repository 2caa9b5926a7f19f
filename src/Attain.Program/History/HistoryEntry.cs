namespace Attain.Program.History;

/// <summary>
/// One snapshot of a partner, in time order, with what changed since the snapshot before it: the level, the
/// requirements that flipped, and the catalog version (null or empty for the first snapshot).
/// </summary>
public sealed record HistoryEntry(
    long SnapshotId,
    DateOnly AsOf,
    int CatalogVersion,
    string CatalogLabel,
    string Level,
    decimal TtmRevenueUsd,
    string InputDigest,
    DateTime EvaluatedAtUtc,
    string? PreviousLevel,
    int? PreviousCatalogVersion,
    IReadOnlyList<RequirementChange> Changes)
{
    public bool LevelChanged => PreviousLevel is not null && PreviousLevel != Level;

    public bool CatalogChanged => PreviousCatalogVersion is { } previous && previous != CatalogVersion;
}
