namespace Attain.Program.History;

/// <summary>
/// One snapshot of a partner, in time order, with what changed since the snapshot before it: the level, the
/// requirements that flipped, and the catalog version (null or empty for the first snapshot). <see cref="RulesVersion"/> is
/// the effectiveFrom of the dated version the snapshot was evaluated under (SPEC §5), so history can tell a flip the
/// rules made from one the partner's data made. <see cref="EvaluatedAtUtc"/> is when it was taken and <see cref="Drop"/>
/// the drop its inputs came from (the latest imported then; null for snapshots older than drop records, issue 11).
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
    IReadOnlyList<RequirementChange> Changes,
    string? RulesVersion = null,
    string? PreviousRulesVersion = null,
    string? PreviousInputDigest = null,
    Import.ImportedDrop? Drop = null)
{
    public bool LevelChanged => PreviousLevel is not null && PreviousLevel != Level;

    public bool CatalogChanged => PreviousCatalogVersion is { } previous && previous != CatalogVersion;

    /// <summary>The rules differ from the previous snapshot's: another dated version in force, or another catalog file.</summary>
    public bool RulesChanged => PreviousLevel is not null && (PreviousRulesVersion != RulesVersion || CatalogChanged);

    public bool InputsChanged => PreviousInputDigest is not null && PreviousInputDigest != InputDigest;

    /// <summary>
    /// Why the requirements in <see cref="Changes"/> flipped (issue 13): the rules alone when the partner's inputs are
    /// the same, the partner's data alone when the rules are, both when both changed, and the date alone when neither did.
    /// </summary>
    public FlipCause Cause => Changes.Count == 0 && !LevelChanged ? FlipCause.None
        : RulesChanged && InputsChanged ? FlipCause.RulesAndData
        : RulesChanged ? FlipCause.Rules
        : InputsChanged ? FlipCause.Data
        : FlipCause.Date;
}
