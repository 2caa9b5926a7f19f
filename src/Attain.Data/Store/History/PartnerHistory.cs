using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Store.History;

/// <summary>A partner's snapshots, oldest first, each compared with the one before it: what `attain history` and the web show.</summary>
public static class PartnerHistory
{
    public static async Task<IReadOnlyList<HistoryEntry>> ReadAsync(AttainDbContext db, string partnerId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var snapshots = await db.Snapshots.AsNoTracking()
            .Where(snapshot => snapshot.PartnerId == partnerId)
            .OrderBy(snapshot => snapshot.AsOf).ThenBy(snapshot => snapshot.Id)
            .ToListAsync(cancellationToken);
        var versions = await db.CatalogVersions.AsNoTracking().ToDictionaryAsync(version => version.Id, version => version.Label, cancellationToken);
        return [.. snapshots.Select((snapshot, index) =>
        {
            var previous = index == 0 ? null : snapshots[index - 1];
            return new HistoryEntry(
                snapshot.Id,
                snapshot.AsOf,
                snapshot.CatalogVersionId,
                versions.GetValueOrDefault(snapshot.CatalogVersionId),
                snapshot.Level,
                snapshot.TtmRevenueUsd,
                snapshot.InputDigest,
                snapshot.EvaluatedAtUtc,
                previous?.Level,
                previous?.CatalogVersionId,
                previous is null ? [] : SnapshotComparison.Between(previous.ResultJson, snapshot.ResultJson));
        })];
    }
}
