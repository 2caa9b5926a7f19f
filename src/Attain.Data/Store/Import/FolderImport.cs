using Attain.Core.Catalog;
using Attain.Core.Model;
using Attain.Data.Folder;
using Attain.Data.Store.Rows;
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
        VersionedCatalog catalog,
        CatalogSource catalogSource,
        IProgress<ImportProgress>? progress = null,
        TextWriter? everyProblem = null,
        string? dropName = null,
        TimeProvider? clock = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalogSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        progress?.Report(new ImportProgress("reading", 0, 1));
        // The folder's DPOR must not overlap a stored interval of its customers: those are the rows it is merged with.
        // They stream, in this transaction, once dpor.csv is read, and only the folder's customers' are kept: a drop
        // of a few thousand customers into a store of millions need not hold every stored interval.
        var stored = db.Dpor.AsNoTracking()
            .Select(row => new { row.CustomerId, row.PartnerId, row.From, row.To })
            .AsEnumerable()
            .Select(row => new StoredDpor(new CustomerId(row.CustomerId), new PartnerId(row.PartnerId), row.From, row.To));

        // Reading, checking and writing stream together on a thread of their own (CSV parsing is synchronous work, and
        // a progress display keeps drawing): each checked row goes into the transaction at once, so memory holds the
        // folder's keys, not its rows. Any problem stops the writing; the transaction then rolls everything back.
        var tables = await DropWriter.OpenAsync(db, progress, cancellationToken);
        using var rows = new FolderRowsWriter(tables);
        var problems = await Task.Run(() => DataFolderReader.ReadInto(folder, catalog, stored, everyProblem, rows), cancellationToken);
        progress?.Report(new ImportProgress("reading", 1, 1));
        if (problems.Count > 0)
        {
            // Whatever was written is rolled back as the transaction is disposed.
            return new ImportOutcome(problems, [], null);
        }

        var version = await CatalogVersions.EnsureAsync(db, catalog, catalogSource.Json, catalogSource.Markets, cancellationToken: cancellationToken);
        var drop = new ImportRow { ImportedAtUtc = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime, Name = ImportNames.Clean(dropName ?? ImportNames.Of(folder)) };
        db.Imports.Add(drop);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(drop).State = EntityState.Detached;
        await transaction.CommitAsync(cancellationToken);
        return new ImportOutcome([], [.. rows.Counts.OrderBy(counts => StoreTables.Order.IndexOf(counts.Table))], version.Id, drop.Id);
    }
}
