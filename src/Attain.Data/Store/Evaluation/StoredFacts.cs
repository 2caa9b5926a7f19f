using System.Data.Common;
using System.Runtime.CompilerServices;
using Attain.Core.Model;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// Reads partners' facts from the store a batch at a time, in partner id order, so that evaluating every
/// partner holds one batch in memory however many partners there are. Each partner gets what
/// <see cref="ProgramFacts.FactsOf"/> gives from a folder: its individuals with their passes, its DPOR
/// intervals, and all revenue of the customers it has been DPOR for.
/// </summary>
public static class StoredFacts
{
    public const int DefaultBatchSize = 500;

    public static async IAsyncEnumerable<IReadOnlyList<PartnerFacts>> ReadAsync(
        AttainDbContext db,
        PartnerId? only = null,
        int batchSize = DefaultBatchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var after = string.Empty;
        while (true)
        {
            var query = db.Partners.AsNoTracking();
            query = only is { } id
                ? query.Where(partner => partner.PartnerId == id.Value)
#pragma warning disable CA1309 // Runs as SQL '>', not in .NET: ordinal by the columns' collation (binary on SQLite, "C" on PostgreSQL).
                : query.Where(partner => string.Compare(partner.PartnerId, after) > 0);
#pragma warning restore CA1309
            var partners = await query.OrderBy(partner => partner.PartnerId).Take(batchSize).ToListAsync(cancellationToken);
            if (partners.Count == 0)
            {
                yield break;
            }

            yield return await FactsOfAsync(db, partners, cancellationToken);
            if (only is not null || partners.Count < batchSize)
            {
                yield break;
            }

            after = partners[^1].PartnerId;
        }
    }

    public static async Task<long> CountPartnersAsync(AttainDbContext db, CancellationToken cancellationToken = default) =>
        await db.Partners.LongCountAsync(cancellationToken);

    // One query per table per batch, each selecting the batch's id range [first, last] (partners are read in id
    // order, so a batch is a contiguous range): index range scans on both databases, never a query per partner
    // and no list of ids to ship. Plain data readers, not EF materialization: these are most of the rows a run reads.
    private static async Task<IReadOnlyList<PartnerFacts>> FactsOfAsync(AttainDbContext db, List<PartnerRow> partners, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var first = partners[0].PartnerId;
        var last = partners[^1].PartnerId;
        const string InBatch = "partner_id >= @first AND partner_id <= @last";

        var passes = new Dictionary<string, List<ExamPass>>(StringComparer.Ordinal);
        // PostgreSQL would hash-join a full scan of the big table once per batch (quadratic in the program size);
        // LATERAL makes it an index range scan per individual or customer. SQLite already plans the plain forms so.
        var postgres = connection is Npgsql.NpgsqlConnection;
        await ReadAsync(
            postgres
                ? $"SELECT p.individual_id, p.exam, p.passed_on FROM individuals i CROSS JOIN LATERAL (SELECT individual_id, exam, passed_on FROM exam_passes WHERE exam_passes.individual_id = i.individual_id) p WHERE i.{InBatch}"
                : $"SELECT p.individual_id, p.exam, p.passed_on FROM exam_passes p JOIN individuals i ON i.individual_id = p.individual_id WHERE i.{InBatch}",
            reader =>
            {
                var individual = reader.GetString(0);
                if (!passes.TryGetValue(individual, out var list))
                {
                    passes[individual] = list = [];
                }

                list.Add(new ExamPass(new ExamCode(reader.GetString(1)), reader.GetFieldValue<DateOnly>(2)));
            });

        var individualsOf = new Dictionary<string, List<Individual>>(StringComparer.Ordinal);
        await ReadAsync(
            $"SELECT individual_id, partner_id, name, associated_from, associated_to FROM individuals WHERE {InBatch}",
            reader =>
            {
                var id = reader.GetString(0);
                Add(individualsOf, reader.GetString(1), new Individual(
                    new IndividualId(id),
                    reader.GetString(2),
                    new DateInterval(DateOrNull(reader, 3), DateOrNull(reader, 4)),
                    passes.TryGetValue(id, out var list) ? list : []));
            });

        var dporOf = new Dictionary<string, List<DporInterval>>(StringComparer.Ordinal);
        await ReadAsync(
            $"SELECT customer_id, partner_id, from_date, to_date FROM dpor WHERE {InBatch}",
            reader => Add(dporOf, reader.GetString(1), new DporInterval(
                new CustomerId(reader.GetString(0)),
                new DateInterval(reader.GetFieldValue<DateOnly>(2), DateOrNull(reader, 3)))));

        // Every month of the customers the batch has been DPOR for; a customer handed over appears for both partners.
        var revenueOf = new Dictionary<string, List<MonthlyRevenue>>(StringComparer.Ordinal);
        var products = new Dictionary<string, ProductCode>(StringComparer.Ordinal);
        var revenueSql = postgres
            ? $"SELECT r.customer_id, r.month, r.product, r.amount_usd FROM (SELECT DISTINCT customer_id FROM dpor WHERE {InBatch}) d "
              + "CROSS JOIN LATERAL (SELECT customer_id, month, product, amount_usd FROM revenue WHERE revenue.customer_id = d.customer_id) r"
            : $"SELECT customer_id, month, product, amount_usd FROM revenue WHERE customer_id IN (SELECT customer_id FROM dpor WHERE {InBatch})";
        await ReadAsync(
            revenueSql,
            reader =>
            {
                var customer = reader.GetString(0);
                var productText = reader.GetString(2);
                if (!products.TryGetValue(productText, out var product))
                {
                    products[productText] = product = new ProductCode(productText);
                }

                Add(revenueOf, customer, new MonthlyRevenue(new CustomerId(customer), product, Month.Of(reader.GetFieldValue<DateOnly>(1)), new Usd(reader.GetDecimal(3))));
            });

        var facts = new PartnerFacts[partners.Count];
        for (var index = 0; index < facts.Length; index++)
        {
            var partner = partners[index];
            var intervals = dporOf.TryGetValue(partner.PartnerId, out var found) ? found : [];
            var revenue = new List<MonthlyRevenue>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var interval in intervals)
            {
                if (seen.Add(interval.Customer.Value) && revenueOf.TryGetValue(interval.Customer.Value, out var lines))
                {
                    revenue.AddRange(lines);
                }
            }

            facts[index] = new PartnerFacts(
                new Partner(new PartnerId(partner.PartnerId), partner.Name, new CountryCode(partner.Country)),
                individualsOf.TryGetValue(partner.PartnerId, out var people) ? people : [],
                intervals,
                revenue);
        }

        return facts;

        async Task ReadAsync(string sql, Action<DbDataReader> read)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.CommandTimeout = 0;
            AddParameter(command, "@first", first);
            AddParameter(command, "@last", last);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                read(reader);
            }
        }
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static DateOnly? DateOrNull(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);

    private static void Add<T>(Dictionary<string, List<T>> lists, string key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(item);
    }
}
