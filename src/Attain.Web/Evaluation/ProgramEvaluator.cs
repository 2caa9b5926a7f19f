using System.Diagnostics;
using System.Runtime.CompilerServices;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Data.Store;
using Attain.Data.Store.Evaluation;
using Attain.Web.Telemetry;

namespace Attain.Web.Evaluation;

/// <summary>
/// The engine over the store for one request: facts from <see cref="StoredFacts"/>, evaluated by the same
/// <see cref="CompetencyEvaluator"/> as the command line. Today comes from the injected clock, so tests fix it.
/// </summary>
public sealed class ProgramEvaluator(AttainDbContext db, VersionedCatalog catalog, CatalogSourceText source, TimeProvider clock)
{
    public VersionedCatalog Catalog => catalog;

    /// <summary>SPEC §2: the as-of date defaults to today, UTC.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<PartnerFacts?> FactsAsync(string partnerId, CancellationToken cancellationToken = default)
    {
        await foreach (var batch in StoredFacts.ReadAsync(db, new PartnerId(partnerId), cancellationToken: cancellationToken))
        {
            return batch.Count > 0 ? batch[0] : null;
        }

        return null;
    }

    public PartnerEvaluation Evaluate(PartnerFacts facts, DateOnly asOf)
    {
        AttainTelemetry.PartnersEvaluated.Add(1);
        return CompetencyEvaluator.Evaluate(catalog, facts, asOf);
    }

    public async IAsyncEnumerable<PartnerEvaluation> EvaluateAllAsync(DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var batch in StoredFacts.ReadAsync(db, cancellationToken: cancellationToken))
        {
            foreach (var facts in batch)
            {
                yield return Evaluate(facts, asOf);
            }
        }
    }

    /// <summary>
    /// Evaluates every partner and stores a snapshot of each (unchanged inputs add none): done after each
    /// import, so a partner's history shows every drop that changed its facts.
    /// </summary>
    public async Task<int> RecordSnapshotsAsync(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        using var activity = AttainTelemetry.Source.StartActivity("attain.evaluation.snapshots");
        var started = Stopwatch.GetTimestamp();
        var version = await CatalogVersions.EnsureAsync(db, catalog, source.Value.Json, source.Value.Markets, clock, cancellationToken);
        var recorded = 0;
        var partners = 0;
        await foreach (var batch in StoredFacts.ReadAsync(db, cancellationToken: cancellationToken))
        {
            var evaluated = batch.Select(facts => (facts, Evaluate(facts, asOf))).ToList();
            recorded += await SnapshotRecorder.RecordAsync(db, version.Id, asOf, evaluated, clock, cancellationToken);
            partners += evaluated.Count;
        }

        AttainTelemetry.SnapshotDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        activity?.SetTag("attain.partners", partners);
        activity?.SetTag("attain.snapshots", recorded);
        return recorded;
    }
}
