using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attain.Core.Catalog;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Store;

/// <summary>
/// The catalog is versioned in the store (issue 3 §5): loading catalog text the store has not seen makes a
/// new version; the same text finds the version it already has. Snapshots name the version they used.
/// </summary>
public static class CatalogVersions
{
    public static async Task<CatalogVersionRow> EnsureAsync(
        AttainDbContext db,
        VersionedCatalog catalog,
        string catalogJson,
        string? marketsCsv,
        TimeProvider? clock = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        var digest = DigestOf(catalogJson, marketsCsv);
        if (await db.CatalogVersions.AsNoTracking().SingleOrDefaultAsync(version => version.Digest == digest, cancellationToken) is { } known)
        {
            return known;
        }

        var version = new CatalogVersionRow
        {
            Digest = digest,
            CatalogId = catalog.Id,
            // The dated versions the file holds (SPEC §5); each snapshot's result names the one it was evaluated under.
            Label = string.Join(", ", catalog.Versions.Select(rules => rules.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            CatalogJson = catalogJson,
            MarketsCsv = marketsCsv,
            LoadedAtUtc = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime,
        };
        db.CatalogVersions.Add(version);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(version).State = EntityState.Detached;
        return version;
    }

    public static string DigestOf(string catalogJson, string? marketsCsv)
    {
        ArgumentNullException.ThrowIfNull(catalogJson);
        // The market table replaces the catalog's (SPEC §2), so it is part of the rules a snapshot was made with.
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(catalogJson + "\0" + (marketsCsv ?? string.Empty))));
    }
}
