using Attain.Data.Store.Import;

namespace Attain.Program.Jobs;

/// <summary>
/// A job as the operator sees it: its state and progress (partners evaluated of all), what the import wrote,
/// the evaluation it produced (as-of, catalog version, new snapshots), and the problems that failed it.
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
    IReadOnlyList<string> Problems)
{
    public bool Finished => State is JobState.Succeeded or JobState.Failed;
}
