using System.Runtime.CompilerServices;
using Attain.Core.Model;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// Every partner's facts, in partner id order, read as four streams each ordered by partner (partners; individuals
/// with their passes; DPOR; revenue joined to the DPOR that brings it) and merged here: each table is read once, in
/// order, by the database's own scan of its partner index, instead of index lookups batch by batch. The streams run on
/// connections of their own, all seeing one moment of the store, and on a task of their own that stays a few batches
/// ahead of the caller (a bounded channel), so the caller's evaluation and writing overlap with reading.
/// A partner gets what <see cref="StoredFacts.ReadAsync"/> gives for it alone (a test holds the two together).
/// </summary>
public static class ProgramFactsReader
{
    public const int DefaultBatchSize = 1000;

    // Batches read ahead of the caller: enough to keep the reader busy while a batch is evaluated and written.
    private const int BatchesAhead = 2;

    private const string PartnersSql = "SELECT partner_id, name, country FROM partners ORDER BY partner_id";

    private const string IndividualsSql =
        "SELECT i.partner_id, i.individual_id, i.name, i.associated_from, i.associated_to, p.exam, p.passed_on "
        + "FROM individuals i LEFT JOIN exam_passes p ON p.individual_id = i.individual_id ORDER BY i.partner_id, i.individual_id";

    private const string DporSql = "SELECT partner_id, customer_id, from_date, to_date FROM dpor ORDER BY partner_id, customer_id, from_date";

    // A customer's revenue comes once per DPOR interval of the partner; the merge keeps the first interval's copy.
    private const string RevenueSql =
        "SELECT d.partner_id, d.customer_id, d.from_date, r.month, r.product, r.amount_usd "
        + "FROM dpor d JOIN revenue r ON r.customer_id = d.customer_id ORDER BY d.partner_id, d.customer_id, d.from_date";

    /// <summary>Every partner's facts in partner id order, <paramref name="batchSize"/> at a time. Reads on connections of its own; writes nothing.</summary>
    public static IAsyncEnumerable<IReadOnlyList<PartnerFacts>> ReadAllAsync(AttainDbContext db, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return ReadBatchesAsync(db, batchSize, cancellationToken).RunAheadAsync(BatchesAhead, cancellationToken);
    }

    private static async IAsyncEnumerable<IReadOnlyList<PartnerFacts>> ReadBatchesAsync(AttainDbContext db, int batchSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var snapshot = await ReadSnapshot.OpenAsync(db, streams: 4, cancellationToken);
        await using var partners = await Open(0, PartnersSql);
        await using var individuals = await Open(1, IndividualsSql);
        await using var dpor = await Open(2, DporSql);
        await using var revenue = await Open(3, RevenueSql);
        var merge = new FactsMerge(individuals, dpor, revenue);
        var batch = new List<PartnerFacts>(batchSize);
        while (partners.HasRow)
        {
            var row = partners.Row;
            batch.Add(await merge.FactsOfAsync(new Partner(new PartnerId(row.GetString(0)), row.GetString(1), new CountryCode(row.GetString(2))), cancellationToken));
            await partners.NextAsync(cancellationToken);
            if (batch.Count == batchSize)
            {
                yield return [.. batch];
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            yield return [.. batch];
        }

        // Every row belongs to a stored partner (foreign keys), so a row left over means the streams' orders differ.
        if (individuals.HasRow || dpor.HasRow || revenue.HasRow)
        {
            throw new InvalidOperationException("The store's tables did not stream in one partner order; facts would have been lost.");
        }

        Task<OrderedRows> Open(int stream, string sql)
        {
            var (connection, transaction) = snapshot.For(stream);
            return OrderedRows.OpenAsync(connection, transaction, sql, cancellationToken);
        }
    }
}
