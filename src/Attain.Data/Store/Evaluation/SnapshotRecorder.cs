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

        // Digest and JSON are most of a snapshot's cost and independent per partner: spread them over the cores.
        var digests = new string[batch.Count];
        Parallel.For(0, batch.Count, index => digests[index] = FactsDigest.Of(batch[index].Facts));
        var fresh = new List<int>(batch.Count);
        for (var index = 0; index < batch.Count; index++)
        {
            if (stored.Add((batch[index].Facts.Partner.Id.Value, digests[index])))
            {
                fresh.Add(index);
            }
        }

        var rows = new SnapshotRow[fresh.Count];
        Parallel.For(0, fresh.Count, index =>
        {
            var (facts, evaluation) = batch[fresh[index]];
            rows[index] = new SnapshotRow
            {
                PartnerId = facts.Partner.Id.Value,
                AsOf = asOf,
                CatalogVersionId = catalogVersionId,
                InputDigest = digests[fresh[index]],
                Level = evaluation.Level?.Value ?? LevelNames.None,
                TtmRevenueUsd = evaluation.TtmRevenueUsd.Amount,
                ResultJson = AttainJson.Serialize(evaluation, indented: false),
                EvaluatedAtUtc = now,
            };
        });

        await SnapshotWriter.WriteAsync(db, rows, cancellationToken);
        return rows.Length;
    }
}
