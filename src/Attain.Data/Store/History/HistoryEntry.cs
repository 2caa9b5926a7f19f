namespace Attain.Data.Store.History;

/// <summary>
/// One snapshot of a partner, and what changed since the snapshot before it (the previous level and catalog
/// version, null for the first; the requirements that flipped).
/// </summary>
public sealed record HistoryEntry(
    long SnapshotId,
    DateOnly AsOf,
    int CatalogVersionId,
    string? CatalogLabel,
    string Level,
    decimal TtmRevenueUsd,
    string InputDigest,
    DateTime EvaluatedAtUtc,
    string? PreviousLevel,
    int? PreviousCatalogVersionId,
    IReadOnlyList<RequirementChange> Changes);
