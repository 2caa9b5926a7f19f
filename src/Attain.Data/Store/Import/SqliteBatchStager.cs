using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Attain.Data.Store.Import;

/// <summary>
/// SQLite: a temporary table filled by one prepared multi-row INSERT reused for every batch, all inside the
/// import's transaction (SQLite is fast at this as long as it never commits in between).
/// </summary>
internal sealed class SqliteBatchStager : IStager
{
    // Microsoft.Data.Sqlite binds every parameter by name, and SQLite finds a name by a linear search of the
    // statement's names: a statement's binding cost grows with the square of its parameters. About a hundred
    // parameters per statement keeps that small while still saving most of the per-statement cost.
    private const int ParametersPerStatement = 100;
    private const int ProgressEvery = 50_000;

    public async Task StageAsync<TRow>(
        DbConnection connection,
        DbTransaction transaction,
        StagedTable<TRow> table,
        IReadOnlyList<TRow> rows,
        bool intoTable,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var sqlite = (SqliteConnection)connection;
        var columns = string.Join(", ", table.Columns.Select(column => column.Name));
        var target = intoTable ? $"main.{table.Name}" : $"temp.{table.StageName}";
        if (!intoTable)
        {
            await using var create = sqlite.CreateCommand();
            create.Transaction = (SqliteTransaction)transaction;
            create.CommandText = $"DROP TABLE IF EXISTS temp.{table.StageName}; CREATE TEMP TABLE {table.StageName} AS SELECT {columns} FROM main.{table.Name} WHERE 0";
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var rowsPerStatement = Math.Max(1, ParametersPerStatement / table.Columns.Count);
        SqliteCommand? full = null;
        try
        {
            var index = 0;
            var nextReport = ProgressEvery;
            while (index < rows.Count)
            {
                var count = Math.Min(rowsPerStatement, rows.Count - index);
                // The full-size statement is prepared once and reused; only the last, shorter batch needs its own.
                var command = count == rowsPerStatement ? full ??= Prepare(sqlite, (SqliteTransaction)transaction, table, target, count) : Prepare(sqlite, (SqliteTransaction)transaction, table, target, count);
                var parameter = 0;
                for (var row = index; row < index + count; row++)
                {
                    foreach (var value in table.Values(rows[row]))
                    {
                        command.Parameters[parameter++].Value = value ?? DBNull.Value;
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }

                index += count;
                if (index >= nextReport)
                {
                    progress?.Report(new ImportProgress(table.Name, index, rows.Count));
                    nextReport += ProgressEvery;
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        progress?.Report(new ImportProgress(table.Name, rows.Count, rows.Count));
    }

    private static SqliteCommand Prepare<TRow>(SqliteConnection connection, SqliteTransaction transaction, StagedTable<TRow> table, string target, int rowCount)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var width = table.Columns.Count;
        var tuples = Enumerable.Range(0, rowCount)
            .Select(row => "(" + string.Join(", ", Enumerable.Range(0, width).Select(column => $"@p{(row * width) + column}")) + ")");
        command.CommandText = $"INSERT INTO {target} ({string.Join(", ", table.Columns.Select(column => column.Name))}) VALUES {string.Join(", ", tuples)}";
        for (var index = 0; index < rowCount * width; index++)
        {
            command.Parameters.Add(new SqliteParameter($"@p{index}", DBNull.Value));
        }

        command.Prepare();
        return command;
    }
}
