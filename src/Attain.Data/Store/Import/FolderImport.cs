using Attain.Core;
using Attain.Core.Catalog;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Store.Import;

/// <summary>
/// `attain import`: a data folder into the store, all or nothing. One transaction from the first read of
/// what is stored to the commit, so the folder is validated against exactly the rows it will be merged with,
/// and a process killed at any point leaves the store as it was.
/// </summary>
public static class FolderImport
{
    public static async Task<ImportOutcome> RunAsync(
        AttainDbContext db,
        string folder,
        CompetencyCatalog catalog,
        CatalogSource catalogSource,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalogSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var read = await ReadAsync(db, folder, catalog, progress, cancellationToken);
        if (!read.IsValid)
        {
            // Nothing was written: the transaction is rolled back as it is disposed.
            return new ImportOutcome(read.Problems, [], null);
        }

        var counts = await DropWriter.WriteAsync(db, read.Value!, progress, cancellationToken);
        var version = await CatalogVersions.EnsureAsync(db, catalog, catalogSource.Json, catalogSource.Markets, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportOutcome([], counts, version.Id);
    }

    private static Task<Validated<DataDrop>> ReadAsync(
        AttainDbContext db,
        string folder,
        CompetencyCatalog catalog,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken) =>
        throw new NotImplementedException("waits for the data folder reader");
}
