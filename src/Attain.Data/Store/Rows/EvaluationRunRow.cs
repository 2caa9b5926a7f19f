namespace Attain.Data.Store.Rows;

/// <summary>
/// One evaluation of the whole program: as of which date, with which catalog version. Its partner standings
/// become what lists show only when it completes (<see cref="CompletedAtUtc"/>), all at once, so a list never
/// mixes two evaluations and a run cut short leaves the previous one in place.
/// </summary>
public sealed class EvaluationRunRow
{
    public long Id { get; set; }

    public DateOnly AsOf { get; set; }

    public int CatalogVersionId { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime? CompletedAtUtc { get; set; }

    public long Partners { get; set; }

    public long SnapshotsRecorded { get; set; }
}
