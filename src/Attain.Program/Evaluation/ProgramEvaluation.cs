using System.Runtime.CompilerServices;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Data;
using Attain.Data.Store;
using Attain.Data.Store.Evaluation;
using Attain.Data.Store.Import;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Evaluation;

/// <summary>
/// Evaluate the program from the store, in three steps the caller takes one after the other, so that writing is
/// never a side effect of reading: <see cref="EvaluateAsync"/> reads and evaluates a batch at a time (pure),
/// <see cref="RecordAsync"/> stores a batch (a snapshot per partner whose inputs changed, and its standing and
/// membership in the read model), <see cref="CompleteAsync"/> makes this run's standings the ones lists show, all at once.
/// The command line writes its report between the steps; the web app's jobs use <see cref="RunAsync"/>.
/// </summary>
public sealed class ProgramEvaluation
{
    // Evaluated batches waiting for the caller: the evaluation stays this far ahead of the recording.
    private const int BatchesAhead = 2;

    private readonly AttainProgram _program;
    private readonly PartnerId? _only;
    private readonly EvaluationRunRow? _run;
    private readonly long? _importId;
    private readonly long _decisionsBefore;
    private readonly Dictionary<(string Level, string Market, bool AtRisk), long> _counts = [];
    private long _evaluated;
    private long _recorded;
    private bool _attached;

    private ProgramEvaluation(AttainProgram program, DateOnly asOf, int catalogVersion, long total, PartnerId? only, EvaluationRunRow? run, long? importId, long decisionsBefore = 0)
    {
        _importId = importId;
        _decisionsBefore = decisionsBefore;
        _program = program;
        AsOf = asOf;
        CatalogVersion = catalogVersion;
        Total = total;
        _only = only;
        _run = run;
    }

    public DateOnly AsOf { get; }

    public int CatalogVersion { get; }

    /// <summary>How many partners this evaluation covers, for progress.</summary>
    public long Total { get; }

    /// <summary>
    /// Starts an evaluation of every partner, or of <paramref name="only"/> one. One partner is recorded as a
    /// snapshot but does not touch the read model: lists show whole-program evaluations only.
    /// </summary>
    public static async Task<ProgramEvaluation> StartAsync(AttainProgram program, DateOnly asOf, PartnerId? only = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        var db = program.Db;
        var version = await CatalogVersions.EnsureAsync(db, program.Catalog, program.Source.Json, program.Source.Markets, program.Clock, cancellationToken);
        // The store holds what every drop so far wrote: the latest one is where this evaluation's inputs came from.
        var importId = await db.Imports.MaxAsync(import => (long?)import.Id, cancellationToken);
        if (only is not null)
        {
            return new ProgramEvaluation(program, asOf, version.Id, 1, only, null, importId);
        }

        var run = new EvaluationRunRow { AsOf = asOf, CatalogVersionId = version.Id, StartedAtUtc = program.Clock.GetUtcNow().UtcDateTime };
        long decisionsBefore;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // Under the membership lock no decision is being recorded, so every decision after this one is one the run's
            // rows may have been written without (PostgreSQL: they are not in the read model until attached).
            await MembershipLock.TakeAsync(db, cancellationToken);
            decisionsBefore = await db.Decisions.MaxAsync(decision => (long?)decision.Sequence, cancellationToken) ?? 0;
            db.EvaluationRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            db.Entry(run).State = EntityState.Detached;
            await RunTables.BeginAsync(db, run.Id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        var total = await StoredFacts.CountPartnersAsync(db, cancellationToken);
        return new ProgramEvaluation(program, asOf, version.Id, total, null, run, importId, decisionsBefore);
    }

    /// <summary>
    /// Reads and evaluates the partners a batch at a time, in partner id order. Writes nothing. The whole program is
    /// read as partner-ordered streams (<see cref="ProgramFactsReader"/>) and evaluated on a task of its own, a batch or
    /// two ahead of the caller: reading, evaluating and the caller's <see cref="RecordAsync"/> overlap.
    /// </summary>
    public async IAsyncEnumerable<EvaluatedBatch> EvaluateAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_only is not null)
        {
            // One partner: a handful of index lookups (StoredFacts), nothing to overlap.
            await foreach (var batch in StoredFacts.ReadAsync(_program.Db, _only, cancellationToken: cancellationToken))
            {
                yield return Evaluate(batch);
            }

            yield break;
        }

        await foreach (var batch in EvaluateAllAsync(cancellationToken).RunAheadAsync(BatchesAhead, cancellationToken))
        {
            yield return batch;
        }
    }

    private async IAsyncEnumerable<EvaluatedBatch> EvaluateAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var batch in ProgramFactsReader.ReadAllAsync(_program.Db, cancellationToken: cancellationToken))
        {
            yield return Evaluate(batch);
        }
    }

    private EvaluatedBatch Evaluate(IReadOnlyList<PartnerFacts> batch)
    {
        var catalog = _program.Catalog;
        var asOf = AsOf;
        // The engine is pure, so a batch spreads over the cores; AsOrdered keeps partner order for reports.
        return new EvaluatedBatch(batch.AsParallel().AsOrdered()
            .Select(facts => (facts, CompetencyEvaluator.Evaluate(catalog, facts, asOf)))
            .ToList());
    }

    /// <summary>Stores a batch: a snapshot of each partner whose inputs are new for this as-of date and catalog version, and each standing (whole-program runs).</summary>
    public async Task<long> RecordAsync(EvaluatedBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var db = _program.Db;
        // A batch's snapshots, standings and memberships are written together (on SQLite, one commit per batch rather than two).
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        long recorded;
        try
        {
            recorded = await SnapshotRecorder.RecordAsync(db, CatalogVersion, AsOf, batch.Items, _program.Clock, _importId, cancellationToken);
            if (_run is not null)
            {
                // Before the batch reads the decisions its memberships are derived from: a decision being recorded now is
                // either committed first and read, or waits and refreshes the rows written here.
                await MembershipLock.TakeAsync(db, cancellationToken);
                var inForce = _program.Catalog.InForceOn(AsOf);
                PartnerStandingRow[] standings = [.. batch.Items.Select(item => StandingRows.From(PartnerStanding.Of(item.Evaluation), _run.Id, CatalogVersion, inForce))];
                await ReadModelWriter.WriteAsync(db, _run.Id, standings, cancellationToken);
                Count(standings);
                await Membership.MembershipReadModel.WriteAsync(_program, _run.Id, CatalogVersion, AsOf, batch, cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }

        _evaluated += batch.Count;
        _recorded += recorded;
        return recorded;
    }

    // The run's counts are kept as its batches are recorded, and stored only if it completes, like its standings.
    private void Count(IEnumerable<PartnerStandingRow> standings)
    {
        foreach (var standing in standings)
        {
            var key = (standing.Level, standing.Market, standing.AtRisk);
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>
    /// The partners whose level this run changes against the evaluation lists show now (issue 11): compared in the
    /// read model, before <see cref="CompleteAsync"/> replaces it, so memory does not grow with the program. The first
    /// <paramref name="limit"/> by partner id, and how many there are in all. A partner new to the store is not a change.
    /// </summary>
    public async Task<LevelChanges> LevelChangesAsync(int limit, CancellationToken cancellationToken = default)
    {
        if (_run is null || await StoredEvaluation.LatestAsync(_program.Db, cancellationToken) is not { } published)
        {
            return new LevelChanges([], 0);
        }

        await AttachAsync(cancellationToken);

        var runId = _run.Id;
        var changed = from now in _program.Db.PartnerStandings.AsNoTracking()
                      join before in _program.Db.PartnerStandings.AsNoTracking() on now.PartnerId equals before.PartnerId
                      where now.RunId == runId && before.RunId == published.RunId && now.Level != before.Level
                      select new { now.PartnerId, now.Name, From = before.Level, To = now.Level, Up = now.LevelRank > before.LevelRank };
        var total = await changed.LongCountAsync(cancellationToken);
        var first = await changed.OrderBy(change => change.PartnerId).Take(limit).ToListAsync(cancellationToken);
        return new LevelChanges([.. first.Select(change => new PartnerLevelChange(change.PartnerId, change.Name, change.From, change.To, change.Up))], total);
    }

    /// <summary>
    /// Publishes the run: from now on lists show its standings. One transaction marks it complete, stores its counts
    /// and removes every other run's standings and counts (the previous run's, and those of any run cut short), so a list never mixes two.
    /// </summary>
    public async Task<EvaluationOutcome> CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_run is not null)
        {
            await AttachAsync(cancellationToken);
            var db = _program.Db;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Dropping the replaced run's memberships waits for a decision that is refreshing them; taking the membership
            // lock first, as a decision does, keeps the two in one order.
            await MembershipLock.TakeAsync(db, cancellationToken);
            var now = _program.Clock.GetUtcNow().UtcDateTime;
            var runId = _run.Id;
            var evaluated = _evaluated;
            var recorded = _recorded;
            await db.EvaluationRuns.Where(run => run.Id == runId)
                .ExecuteUpdateAsync(set => set.SetProperty(run => run.CompletedAtUtc, now).SetProperty(run => run.Partners, evaluated).SetProperty(run => run.SnapshotsRecorded, recorded), cancellationToken);
            await RunTables.RemoveOtherRunsAsync(db, runId, cancellationToken);
            await db.RunCounts.Where(count => count.RunId != runId).ExecuteDeleteAsync(cancellationToken);
            db.RunCounts.AddRange(_counts.Select(count => new RunCountRow { RunId = runId, Level = count.Key.Level, Market = count.Key.Market, AtRisk = count.Key.AtRisk, Partners = count.Value }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            await transaction.CommitAsync(cancellationToken);
        }

        return new EvaluationOutcome(AsOf, CatalogVersion, _evaluated, _recorded, _run?.Id);
    }

    /// <summary>
    /// Makes the run's rows part of the read model (<see cref="RunTables.AttachAsync"/>), once, when they are all written,
    /// and brings them up to date with the decisions recorded since the run began: such a decision refreshed the rows it
    /// could see, and on PostgreSQL the run's were not among them yet.
    /// </summary>
    private async Task AttachAsync(CancellationToken cancellationToken)
    {
        if (_run is null || _attached)
        {
            return;
        }

        var db = _program.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MembershipLock.TakeAsync(db, cancellationToken);
        await RunTables.AttachAsync(db, _run.Id, cancellationToken);
        var since = await db.Decisions.AsNoTracking().Where(decision => decision.Sequence > _decisionsBefore)
            .OrderBy(decision => decision.Sequence).Select(decision => new { decision.PartnerId, decision.EffectiveOn })
            .ToListAsync(cancellationToken);
        foreach (var decision in since)
        {
            await Membership.MembershipReadModel.RefreshAsync(_program, new PartnerId(decision.PartnerId), decision.EffectiveOn, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        _attached = true;
        await RunTables.PrepareForReadingAsync(db, _run.Id, cancellationToken);
    }

    /// <summary>The three steps for a caller with no report to write: the web app's jobs and its start-up.</summary>
    public static async Task<EvaluationOutcome> RunAsync(AttainProgram program, DateOnly asOf, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var evaluation = await StartAsync(program, asOf, cancellationToken: cancellationToken);
        long done = 0;
        progress?.Report(new ImportProgress("partners", 0, evaluation.Total));
        await foreach (var batch in evaluation.EvaluateAsync(cancellationToken))
        {
            await evaluation.RecordAsync(batch, cancellationToken);
            done += batch.Count;
            progress?.Report(new ImportProgress("partners", done, evaluation.Total));
        }

        return await evaluation.CompleteAsync(cancellationToken);
    }
}
