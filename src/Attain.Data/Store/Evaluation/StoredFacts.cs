using System.Runtime.CompilerServices;
using Attain.Core.Model;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;

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

    private static async Task<IReadOnlyList<PartnerFacts>> FactsOfAsync(AttainDbContext db, List<PartnerRow> partners, CancellationToken cancellationToken)
    {
        var ids = partners.Select(partner => partner.PartnerId).ToList();
        var individuals = await db.Individuals.AsNoTracking().Where(individual => ids.Contains(individual.PartnerId)).ToListAsync(cancellationToken);
        var passes = (await db.ExamPasses.AsNoTracking()
                .Join(db.Individuals.Where(individual => ids.Contains(individual.PartnerId)), pass => pass.IndividualId, individual => individual.IndividualId, (pass, _) => pass)
                .ToListAsync(cancellationToken))
            .ToLookup(pass => pass.IndividualId, StringComparer.Ordinal);
        var dpor = await db.Dpor.AsNoTracking().Where(interval => ids.Contains(interval.PartnerId)).ToListAsync(cancellationToken);
        var revenue = (await db.Revenue.AsNoTracking()
                .Where(line => db.Dpor.Any(interval => interval.CustomerId == line.CustomerId && ids.Contains(interval.PartnerId)))
                .ToListAsync(cancellationToken))
            .ToLookup(line => line.CustomerId, StringComparer.Ordinal);

        var individualsOf = individuals.ToLookup(individual => individual.PartnerId, StringComparer.Ordinal);
        var dporOf = dpor.ToLookup(interval => interval.PartnerId, StringComparer.Ordinal);
        return [.. partners.Select(partner =>
        {
            var intervals = dporOf[partner.PartnerId].ToList();
            return new PartnerFacts(
                new Partner(new PartnerId(partner.PartnerId), partner.Name, new CountryCode(partner.Country)),
                [.. individualsOf[partner.PartnerId].Select(individual => new Individual(
                    new IndividualId(individual.IndividualId),
                    individual.Name,
                    new DateInterval(individual.AssociatedFrom, individual.AssociatedTo),
                    [.. passes[individual.IndividualId].Select(pass => new ExamPass(new ExamCode(pass.Exam), pass.PassedOn))]))],
                [.. intervals.Select(interval => new DporInterval(new CustomerId(interval.CustomerId), new DateInterval(interval.From, interval.To)))],
                [.. intervals.Select(interval => interval.CustomerId).Distinct(StringComparer.Ordinal)
                    .SelectMany(customer => revenue[customer])
                    .Select(line => new MonthlyRevenue(new CustomerId(line.CustomerId), new ProductCode(line.Product), Month.Of(line.Month), new Usd(line.AmountUsd)))]);
        })];
    }
}
