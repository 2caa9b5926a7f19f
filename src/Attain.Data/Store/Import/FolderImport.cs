using Attain.Core;
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
        var read = await ReadAsync(db, folder, catalog, progress, everyProblem, cancellationToken);
        if (!read.IsValid)
        {
            // Nothing was written: the transaction is rolled back as it is disposed.
            return new ImportOutcome(read.Problems, [], null);
        }

        var counts = await DropWriter.WriteAsync(db, read.Value!, progress, cancellationToken);
        var version = await CatalogVersions.EnsureAsync(db, catalog, catalogSource.Json, catalogSource.Markets, cancellationToken: cancellationToken);
        var drop = new ImportRow { ImportedAtUtc = (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime, Name = ImportNames.Clean(dropName ?? ImportNames.Of(folder)) };
        db.Imports.Add(drop);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(drop).State = EntityState.Detached;
        await transaction.CommitAsync(cancellationToken);
        return new ImportOutcome([], counts, version.Id, drop.Id);
    }

    private static async Task<Validated<DataDrop>> ReadAsync(
        AttainDbContext db,
        string folder,
        VersionedCatalog catalog,
        IProgress<ImportProgress>? progress,
        TextWriter? everyProblem,
        CancellationToken cancellationToken)
    {
        progress?.Report(new ImportProgress("reading", 0, 1));
        // The folder's DPOR must not overlap a stored interval of its customers: those are the rows it is merged with.
        var storedDpor = await db.Dpor.AsNoTracking()
            .Select(row => new { row.CustomerId, row.PartnerId, row.From, row.To })
            .ToListAsync(cancellationToken);
        var stored = storedDpor
            .Select(row => new StoredDpor(new CustomerId(row.CustomerId), new PartnerId(row.PartnerId), row.From, row.To))
            .ToList();

        // Reading and checking is CPU and file work: off the caller's thread, so a progress display keeps drawing.
        var read = await Task.Run(() => DataFolderReader.ReadContents(folder, catalog, stored, everyProblem), cancellationToken);
        progress?.Report(new ImportProgress("reading", 1, 1));
        return read.IsValid ? Validated<DataDrop>.Valid(ToDrop(read.Value!)) : Validated<DataDrop>.Invalid(read.Problems);
    }

    private static DataDrop ToDrop(DataFolderContents contents) => new(
        [.. contents.Partners.Select(partner => new PartnerRow { PartnerId = partner.Id.Value, Name = partner.Name, Country = partner.Country.Value })],
        [.. contents.Individuals.Select(entry => new IndividualRow
        {
            IndividualId = entry.Individual.Id.Value,
            PartnerId = entry.Partner.Value,
            Name = entry.Individual.Name,
            AssociatedFrom = entry.Individual.Association.From,
            AssociatedTo = entry.Individual.Association.To,
        })],
        [.. contents.Individuals.SelectMany(entry => entry.Individual.Passes.Select(pass => new ExamPassRow
        {
            IndividualId = entry.Individual.Id.Value,
            Exam = pass.Exam.Value,
            PassedOn = pass.PassedOn,
        }))],
        [.. contents.Dpor.Select(entry => new DporRow
        {
            CustomerId = entry.Interval.Customer.Value,
            PartnerId = entry.Partner.Value,
            // dpor.csv requires a start (SPEC §3): the reader never gives an interval without one.
            From = entry.Interval.Period.From ?? throw new InvalidOperationException($"DPOR of {entry.Interval.Customer} has no start."),
            To = entry.Interval.Period.To,
        })],
        [.. contents.Revenue.Select(line => new RevenueRow
        {
            CustomerId = line.Customer.Value,
            Month = line.Month.FirstDay,
            Product = line.Product.Value,
            AmountUsd = line.Amount.Amount,
        })]);
}
