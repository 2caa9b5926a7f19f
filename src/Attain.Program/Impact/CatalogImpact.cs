using Attain.Core;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Data.Store;
using Attain.Data.Store.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Impact;

/// <summary>
/// The impact of a proposed catalog (SPEC §5), the one use case `attain catalog impact` and the operator's page and API
/// call: every stored partner evaluated on D under the version in force and under the proposal's latest version, and
/// the partners whose level would change, with the requirements that flip. Reads partners in batches as
/// `evaluate --all` does, compares levels only (no plan, no lapse), and stores nothing.
/// </summary>
public static class CatalogImpact
{
    /// <summary>
    /// What makes <paramref name="proposed"/> unusable on this store, beyond what reading it found: a stored partner's
    /// country missing from its market table. Empty when the impact can run.
    /// </summary>
    public static async Task<IReadOnlyList<Problem>> ProblemsAsync(AttainDbContext db, VersionedCatalog proposed, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var countries = await db.Partners.AsNoTracking().Select(partner => partner.Country).Distinct().ToListAsync(cancellationToken);
        return CatalogReader.CountriesWithoutMarket(proposed, countries.Select(country => new CountryCode(country)), source);
    }

    public static async Task<ImpactResult> RunAsync(
        AttainDbContext db,
        VersionedCatalog inForce,
        VersionedCatalog proposed,
        DateOnly asOf,
        IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(inForce);
        ArgumentNullException.ThrowIfNull(proposed);
        var rulesNow = inForce.InForceOn(asOf);
        var rulesProposed = proposed.Latest;
        var changes = new List<ImpactedPartner>();
        var evaluated = 0L;
        await foreach (var batch in StoredFacts.ReadAsync(db, cancellationToken: cancellationToken))
        {
            // The engine is pure, so a batch spreads over the cores; only the changes are kept.
            changes.AddRange(batch.AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .Select(facts => ImpactedPartner.Of(CompetencyEvaluator.Qualify(rulesNow, facts, asOf), CompetencyEvaluator.Qualify(rulesProposed, facts, asOf)))
                .OfType<ImpactedPartner>());
            evaluated += batch.Count;
            progress?.Report(evaluated);
        }

        // Batches come in partner id order already; sorting again keeps the contract whatever the reader does.
        changes.Sort((left, right) => string.CompareOrdinal(left.PartnerId.Value, right.PartnerId.Value));
        return new ImpactResult(asOf, rulesNow.EffectiveFrom, rulesProposed.EffectiveFrom, evaluated, changes);
    }
}
