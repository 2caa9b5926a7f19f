using Attain.Core.Serialization;
using Attain.Data.Store;
using Attain.Data.Store.Import;
using Attain.Data.Store.Rows;
using Attain.Program.Evaluation;
using Attain.Program.Import;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Jobs;

/// <summary>
/// Jobs kept in the store: created when long work is accepted, run one at a time by the host's runner, and failed
/// on start-up if the host stopped while they were queued or running (the evaluation they ran either completed
/// or left the previous one in place: <see cref="ProgramEvaluation.CompleteAsync"/>).
/// </summary>
public static class ProgramJobs
{
    /// <summary>How many of the partners whose level changed a job keeps by name; the rest it counts.</summary>
    public const int LevelChangesKept = 500;

    public const string Interrupted = "The app stopped before this job finished; the store is as it was before the evaluation. Run it again: POST /api/program/evaluations.";

    public static async Task<Job> CreateAsync(AttainDbContext db, JobKind kind, DateOnly asOf, ImportOutcome? import, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var row = new JobRow
        {
            Kind = Name(kind),
            State = Name(JobState.Queued),
            AsOf = asOf,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            ImportCountsJson = import is null ? null : AttainJson.Serialize(import.Counts, indented: false),
            CatalogVersionId = import?.CatalogVersion,
            ImportId = import?.ImportId,
        };
        db.Jobs.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(row).State = EntityState.Detached;
        return await ToJobAsync(db, row, cancellationToken);
    }

    public static async Task<Job?> FindAsync(AttainDbContext db, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(job => job.Id == id, cancellationToken);
        return row is null ? null : await ToJobAsync(db, row, cancellationToken);
    }

    /// <summary>The job queued or running, if any: there is at most one.</summary>
    public static async Task<Job?> ActiveAsync(AttainDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var queued = Name(JobState.Queued);
        var running = Name(JobState.Running);
        var row = await db.Jobs.AsNoTracking().Where(job => job.State == queued || job.State == running).OrderBy(job => job.Id).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : await ToJobAsync(db, row, cancellationToken);
    }

    /// <summary>Start-up: every job left queued or running by a stopped app is failed, saying why and how to run it again.</summary>
    public static async Task<int> FailInterruptedAsync(AttainDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var queued = Name(JobState.Queued);
        var running = Name(JobState.Running);
        var failed = Name(JobState.Failed);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Jobs.Where(job => job.State == queued || job.State == running)
            .ExecuteUpdateAsync(set => set.SetProperty(job => job.State, failed).SetProperty(job => job.Error, Interrupted).SetProperty(job => job.FinishedAtUtc, now), cancellationToken);
    }

    /// <summary>Runs a queued job: evaluates the program as of the job's date, its progress kept in the job as it goes.</summary>
    public static async Task<Job> RunAsync(AttainProgram program, long id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        var db = program.Db;
        var job = await db.Jobs.AsNoTracking().SingleAsync(row => row.Id == id, cancellationToken);
        await Update(id, set => set.SetProperty(row => row.State, Name(JobState.Running)).SetProperty(row => row.StartedAtUtc, program.Clock.GetUtcNow().UtcDateTime));
        try
        {
            var evaluation = await ProgramEvaluation.StartAsync(program, job.AsOf, cancellationToken: cancellationToken);
            long done = 0;
            await Update(id, set => set.SetProperty(row => row.Total, evaluation.Total).SetProperty(row => row.CatalogVersionId, evaluation.CatalogVersion));
            await foreach (var batch in evaluation.EvaluateAsync(cancellationToken))
            {
                await evaluation.RecordAsync(batch, cancellationToken);
                done += batch.Count;
                var progress = done;
                await Update(id, set => set.SetProperty(row => row.Done, progress));
            }

            // Compared before the run is published: afterwards the standings the lists showed are gone.
            var changes = await evaluation.LevelChangesAsync(LevelChangesKept, cancellationToken);
            var changesJson = AttainJson.Serialize(changes.First, indented: false);
            var outcome = await evaluation.CompleteAsync(cancellationToken);
            await Update(id, set => set
                .SetProperty(row => row.LevelChangesJson, changesJson)
                .SetProperty(row => row.LevelChangesTotal, changes.Total)
                .SetProperty(row => row.State, Name(JobState.Succeeded))
                .SetProperty(row => row.FinishedAtUtc, program.Clock.GetUtcNow().UtcDateTime)
                .SetProperty(row => row.EvaluationRunId, outcome.RunId)
                .SetProperty(row => row.SnapshotsRecorded, outcome.SnapshotsRecorded));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The job's answer is the failure; the host logs the exception itself.
            db.ChangeTracker.Clear();
            var reason = exception.Message;
            await Update(id, set => set
                .SetProperty(row => row.State, Name(JobState.Failed))
                .SetProperty(row => row.FinishedAtUtc, program.Clock.GetUtcNow().UtcDateTime)
                .SetProperty(row => row.Error, reason));
            throw;
        }

        return (await FindAsync(db, id, CancellationToken.None))!;

        // Progress is written outside the evaluation's cancellation: a stopping host still records where the job got to.
        Task<int> Update(long jobId, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<JobRow>> set) =>
            db.Jobs.Where(row => row.Id == jobId).ExecuteUpdateAsync(set, CancellationToken.None);
    }

    private static async Task<Job> ToJobAsync(AttainDbContext db, JobRow row, CancellationToken cancellationToken)
    {
        var drop = row.ImportId is { } importId
            ? await db.Imports.AsNoTracking().Where(import => import.Id == importId).Select(import => new ImportedDrop(import.Id, import.Name, import.ImportedAtUtc)).SingleOrDefaultAsync(cancellationToken)
            : null;
        return ToJob(row, drop);
    }

    private static Job ToJob(JobRow row, ImportedDrop? drop) => new(
        row.Id,
        Enum.Parse<JobKind>(row.Kind, ignoreCase: true),
        Enum.Parse<JobState>(row.State, ignoreCase: true),
        row.AsOf,
        row.CreatedAtUtc,
        row.StartedAtUtc,
        row.FinishedAtUtc,
        row.Done,
        row.Total,
        row.ImportCountsJson is { } json ? AttainJson.Deserialize<List<TableCounts>>(json) : null,
        row.CatalogVersionId,
        row.SnapshotsRecorded,
        row.Error is { } error ? [error] : [],
        drop,
        row.LevelChangesJson is { } changes ? AttainJson.Deserialize<List<PartnerLevelChange>>(changes) : null,
        row.LevelChangesTotal);

    private static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
