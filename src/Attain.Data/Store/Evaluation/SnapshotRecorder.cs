using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Serialization;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

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
        long? importId = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(batch);
        var stored = await StoredAsync(db, catalogVersionId, asOf, batch, cancellationToken);
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
                ImportId = importId,
            };
        });

        await SnapshotWriter.WriteAsync(db, rows, cancellationToken);
        return rows.Length;
    }

    // The batch's snapshots for this as-of and catalog version, as one range scan of the unique index
    // (partner, as-of, version, digest): partners come in id order, so a batch is the range [first, last].
    // "+catalog_version_id" (valid in both databases) keeps SQLite, which has no statistics here, from picking the
    // catalog-version index instead, which would scan every snapshot of the version for every batch.
    private static async Task<HashSet<(string PartnerId, string Digest)>> StoredAsync(
        AttainDbContext db,
        int catalogVersionId,
        DateOnly asOf,
        IReadOnlyList<(PartnerFacts Facts, PartnerEvaluation Evaluation)> batch,
        CancellationToken cancellationToken)
    {
        var stored = new HashSet<(string PartnerId, string Digest)>();
        if (batch.Count == 0)
        {
            return stored;
        }

        var (first, last) = PartnerRange.Of(batch.Select(item => item.Facts));
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "SELECT partner_id, input_digest FROM snapshots WHERE partner_id >= @first AND partner_id <= @last AND as_of = @asOf AND +catalog_version_id = @version";
        Parameter("@first", first);
        Parameter("@last", last);
        Parameter("@asOf", asOf);
        Parameter("@version", catalogVersionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored.Add((reader.GetString(0), reader.GetString(1)));
        }

        return stored;

        void Parameter(string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }
}
