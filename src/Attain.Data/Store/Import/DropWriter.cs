using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Attain.Data.Store.Import;

/// <summary>
/// Writes drop rows into the store inside the caller's transaction, table by table in foreign-key order (see
/// <see cref="TableLoad{TRow}"/>). Nothing is visible to anyone until the caller commits, so a killed process leaves
/// the store as it was. An import streams a folder's rows through <see cref="Open"/> as it reads them; a drop already
/// in memory goes through <see cref="WriteAsync"/>.
/// </summary>
public static class DropWriter
{
    public static async Task<IReadOnlyList<TableCounts>> WriteAsync(
        AttainDbContext db,
        DataDrop drop,
        IProgress<ImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(drop);
        var writer = await OpenAsync(db, progress, cancellationToken);
        // The data folder has no customers file: a customer is known from its DPOR intervals.
        var customers = drop.Dpor.Select(row => row.CustomerId).Distinct(StringComparer.Ordinal).Select(id => new CustomerRow { CustomerId = id }).ToList();
        return await Task.Run(
            () => new List<TableCounts>
            {
                writer.Write(StoreTables.Partners, drop.Partners),
                writer.Write(StoreTables.Customers, customers),
                writer.Write(StoreTables.Individuals, drop.Individuals),
                writer.Write(StoreTables.ExamPasses, drop.ExamPasses),
                writer.Write(StoreTables.Dpor, drop.Dpor),
                writer.Write(StoreTables.Revenue, drop.Revenue),
            },
            cancellationToken);
    }

    internal static async Task<DropTables> OpenAsync(AttainDbContext db, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("An import writes inside a transaction: begin one first.");
        await db.Database.OpenConnectionAsync(cancellationToken);
        IStager stager = db is PostgresAttainDbContext ? new PostgresCopyStager() : new SqliteBatchStager();
        return new DropTables(db.Database.GetDbConnection(), transaction, stager, progress, cancellationToken);
    }
}
