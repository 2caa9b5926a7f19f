using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Serialization;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// Stores one snapshot per evaluated partner: as-of date, catalog version, digest of the inputs, result.
/// An evaluation whose (partner, as-of, catalog version, inputs) is already stored adds nothing: re-running
/// with unchanged inputs is a no-op.
/// </summary>
public static class SnapshotRecorder
{
    public static async Task<int> RecordAsync(
        AttainDbContext db,
        int catalogVersionId,
        DateOnly asOf,
        IReadOnlyList<(PartnerFacts Facts, PartnerEvaluation Evaluation)> batch,
        TimeProvider? clock = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        var ids = batch.Select(entry => entry.Facts.Partner.Id.Value).ToList();
        var stored = (await db.Snapshots.AsNoTracking()
                .Where(snapshot => snapshot.AsOf == asOf && snapshot.CatalogVersionId == catalogVersionId && ids.Contains(snapshot.PartnerId))
                .Select(snapshot => new { snapshot.PartnerId, snapshot.InputDigest })
                .ToListAsync(cancellationToken))
            .Select(snapshot => (snapshot.PartnerId, snapshot.InputDigest))
            .ToHashSet();

        var now = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var (facts, evaluation) in batch)
        {
            var digest = FactsDigest.Of(facts);
            if (!stored.Add((facts.Partner.Id.Value, digest)))
            {
                continue;
            }

            db.Snapshots.Add(new SnapshotRow
            {
                PartnerId = facts.Partner.Id.Value,
                AsOf = asOf,
                CatalogVersionId = catalogVersionId,
                InputDigest = digest,
                Level = evaluation.Level?.Value ?? LevelNames.None,
                TtmRevenueUsd = evaluation.TtmRevenueUsd.Amount,
                ResultJson = AttainJson.Serialize(evaluation, indented: false),
                EvaluatedAtUtc = now,
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        // The context lives for the whole run: forget what was saved, so memory does not grow with partners.
        db.ChangeTracker.Clear();
        return added;
    }
}
