using System.Data.Common;
using System.Globalization;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Attain.Data.Store.Import;

/// <summary>
/// Writes a validated drop into the store inside the caller's transaction: stage every file's rows, then
/// upsert table by table in foreign-key order. Nothing is visible to anyone until the caller commits, so a
/// killed process leaves the store as it was.
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
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("An import writes inside a transaction: begin one first.");
        var connection = db.Database.GetDbConnection();
        IStager stager = db is PostgresAttainDbContext ? new PostgresCopyStager() : new SqliteBatchStager();

        // The data folder has no customers file: a customer is known from its DPOR intervals.
        var customers = drop.Dpor.Select(row => row.CustomerId).Distinct(StringComparer.Ordinal)
            .Select(id => new CustomerRow { CustomerId = id }).ToList();

        var written = 0L;
        var counts = new List<TableCounts>
        {
            await MergeAsync(StoreTables.Partners, drop.Partners),
            await MergeAsync(StoreTables.Customers, customers),
            await MergeAsync(StoreTables.Individuals, drop.Individuals),
            await MergeAsync(StoreTables.ExamPasses, drop.ExamPasses),
            await MergeAsync(StoreTables.Dpor, drop.Dpor),
            await MergeAsync(StoreTables.Revenue, drop.Revenue),
        };
        return counts;

        async Task<TableCounts> MergeAsync<TRow>(StagedTable<TRow> table, IReadOnlyList<TRow> rows)
        {
            var merged = await MergeTableAsync(table, rows);
            written += rows.Count;
            await ImportTestSeam.HoldIfAskedAsync(written, progress, cancellationToken);
            return merged;
        }

        async Task<TableCounts> MergeTableAsync<TRow>(StagedTable<TRow> table, IReadOnlyList<TRow> rows)
        {
            if (rows.Count == 0)
            {
                return new TableCounts(table.Name, 0, 0, 0);
            }

            // A table with no rows yet (the first load) has nothing to merge with, and the folder's keys were checked
            // unique: its rows go straight in, at the speed of the database's own loader.
            if (await ScalarAsync(connection, transaction, $"SELECT count(*) FROM (SELECT 1 FROM {table.Name} LIMIT 1) AS any_row", cancellationToken) == 0)
            {
                await stager.StageAsync(connection, transaction, table, rows, intoTable: true, progress, cancellationToken);
                return new TableCounts(table.Name, rows.Count, 0, 0);
            }

            await stager.StageAsync(connection, transaction, table, rows, intoTable: false, progress, cancellationToken);
            progress?.Report(new ImportProgress($"{table.Name} (merging)", 0, rows.Count));
            var added = await ScalarAsync(connection, transaction, MergeSql.CountAdded(table), cancellationToken);
            var changed = MergeSql.CountChanged(table) is { } sql ? await ScalarAsync(connection, transaction, sql, cancellationToken) : 0;
            await ExecuteAsync(connection, transaction, MergeSql.Upsert(table), cancellationToken);
            progress?.Report(new ImportProgress($"{table.Name} (merging)", rows.Count, rows.Count));
            return new TableCounts(table.Name, added, changed, rows.Count - added - changed);
        }
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
