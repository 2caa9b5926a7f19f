using Attain.Data.Store.Import;
using Attain.Program.Evaluation;
using Attain.Program.Import;

namespace Attain.Program.Jobs;

/// <summary>
/// A job as the operator sees it: its state and progress (partners evaluated of all), what the import wrote,
/// the evaluation it produced (as-of, catalog version, new snapshots), and the problems that failed it. An import's
/// job also names its drop and, once it has succeeded, the partners whose level changed (the first
/// <see cref="ProgramJobs.LevelChangesKept"/> of <see cref="LevelChangesTotal"/>).
/// </summary>
public sealed record Job(
    long Id,
    JobKind Kind,
    JobState State,
    DateOnly AsOf,
    DateTime CreatedAtUtc,
    DateTime? StartedAtUtc,
    DateTime? FinishedAtUtc,
    long Done,
    long Total,
    IReadOnlyList<TableCounts>? ImportCounts,
    int? CatalogVersion,
    long? SnapshotsRecorded,
    IReadOnlyList<string> Problems,
    ImportedDrop? Drop = null,
    IReadOnlyList<PartnerLevelChange>? LevelChanges = null,
    long? LevelChangesTotal = null)
{
    public bool Finished => State is JobState.Succeeded or JobState.Failed;
}
