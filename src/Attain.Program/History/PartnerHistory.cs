using Attain.Core.Serialization;
using Attain.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.History;

/// <summary>A partner's levels over time, from its snapshots: what `attain history` and the web's history show.</summary>
public static class PartnerHistory
{
    /// <summary>The partner's snapshots ordered by as-of date, or null when the partner is not in the store.</summary>
    public static async Task<IReadOnlyList<HistoryEntry>?> LoadAsync(AttainDbContext db, string partnerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!await db.Partners.AnyAsync(partner => partner.PartnerId == partnerId, cancellationToken))
        {
            return null;
        }

        var snapshots = await db.Snapshots.AsNoTracking()
            .Where(snapshot => snapshot.PartnerId == partnerId)
            .OrderBy(snapshot => snapshot.AsOf).ThenBy(snapshot => snapshot.Id)
            .ToListAsync(cancellationToken);
        var versionIds = snapshots.Select(snapshot => snapshot.CatalogVersionId).Distinct().ToList();
        var labels = await db.CatalogVersions.AsNoTracking()
            .Where(version => versionIds.Contains(version.Id))
            .ToDictionaryAsync(version => version.Id, version => version.Label, cancellationToken);
        var importIds = snapshots.Select(snapshot => snapshot.ImportId).OfType<long>().Distinct().ToList();
        var drops = await db.Imports.AsNoTracking()
            .Where(import => importIds.Contains(import.Id))
            .ToDictionaryAsync(import => import.Id, import => new Import.ImportedDrop(import.Id, import.Name, import.ImportedAtUtc), cancellationToken);

        // Each stored result read back as the engine's record, once, so comparisons are between types.
        var results = snapshots.Select(snapshot => AttainJson.Deserialize<SnapshotResult>(snapshot.ResultJson)).ToList();
        return [.. snapshots.Select((snapshot, index) =>
        {
            var previous = index > 0 ? snapshots[index - 1] : null;
            return new HistoryEntry(
                snapshot.Id,
                snapshot.AsOf,
                snapshot.CatalogVersionId,
                labels.GetValueOrDefault(snapshot.CatalogVersionId, string.Empty),
                snapshot.Level,
                snapshot.TtmRevenueUsd,
                snapshot.InputDigest,
                snapshot.EvaluatedAtUtc,
                previous?.Level,
                previous?.CatalogVersionId,
                previous is null ? [] : SnapshotComparison.Between(results[index - 1], results[index]),
                results[index].CatalogVersion,
                previous is null ? null : results[index - 1].CatalogVersion,
                previous?.InputDigest,
                snapshot.ImportId is { } importId ? drops.GetValueOrDefault(importId) : null);
        })];
    }
}
