namespace Attain.Data.Store.Rows;

/// <summary>
/// Long work the web app does in the background (evaluating the program after an import, or on request), kept in
/// the store so that its state outlives a restart: a job still running when the app stops is failed on start-up.
/// </summary>
public sealed class JobRow
{
    public long Id { get; set; }

    /// <summary>"import" (an import's evaluation) or "evaluation" (asked for on its own).</summary>
    public required string Kind { get; set; }

    /// <summary>"queued", "running", "succeeded" or "failed".</summary>
    public required string State { get; set; }

    public DateOnly AsOf { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public long Done { get; set; }

    public long Total { get; set; }

    /// <summary>An import job's rows added, changed and unchanged per table, as JSON of typed records.</summary>
    public string? ImportCountsJson { get; set; }

    public int? CatalogVersionId { get; set; }

    public long? EvaluationRunId { get; set; }

    public long? SnapshotsRecorded { get; set; }

    /// <summary>The drop an import job evaluates (<see cref="ImportRow"/>).</summary>
    public long? ImportId { get; set; }

    /// <summary>The partners whose level the evaluation changed, from → to (the first of them), as JSON of typed records.</summary>
    public string? LevelChangesJson { get; set; }

    /// <summary>How many partners' levels the evaluation changed in all.</summary>
    public long? LevelChangesTotal { get; set; }

    /// <summary>Why the job failed, for people.</summary>
    public string? Error { get; set; }
}
