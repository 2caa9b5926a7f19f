using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Attain.Data.Store.Import;

/// <summary>
/// SQLite: a temporary table (or the table itself) filled by one prepared multi-row INSERT reused for every few rows,
/// all inside the import's transaction (SQLite is fast at this as long as it never commits in between).
/// </summary>
internal sealed class SqliteBatchStager : IStager
{
    // Microsoft.Data.Sqlite binds every parameter by name, and SQLite finds a name by a linear search of the
    // statement's names: a statement's binding cost grows with the square of its parameters. About a hundred
    // parameters per statement keeps that small while still saving most of the per-statement cost.
    private const int ParametersPerStatement = 100;

    public IRowSink<TRow> Open<TRow>(DbConnection connection, DbTransaction transaction, StagedTable<TRow> table, bool intoTable)
    {
        var sqlite = (SqliteConnection)connection;
        var columns = string.Join(", ", table.Columns.Select(column => column.Name));
        var target = intoTable ? $"main.{table.Name}" : $"temp.{table.StageName}";
        if (!intoTable)
        {
            using var create = sqlite.CreateCommand();
            create.Transaction = (SqliteTransaction)transaction;
            create.CommandText = $"DROP TABLE IF EXISTS temp.{table.StageName}; CREATE TEMP TABLE {table.StageName} AS SELECT {columns} FROM main.{table.Name} WHERE 0";
            create.ExecuteNonQuery();
        }

        return new InsertSink<TRow>(sqlite, (SqliteTransaction)transaction, table, target, Math.Max(1, ParametersPerStatement / table.Columns.Count));
    }

    private sealed class InsertSink<TRow>(SqliteConnection connection, SqliteTransaction transaction, StagedTable<TRow> table, string target, int rowsPerStatement) : IRowSink<TRow>
    {
        private readonly List<TRow> _pending = new(rowsPerStatement);
        private SqliteCommand? _full;

        public void Add(TRow row)
        {
            _pending.Add(row);
            if (_pending.Count == rowsPerStatement)
            {
                Flush();
            }
        }

        public void Complete()
        {
            if (_pending.Count > 0)
            {
                Flush();
            }
        }

        public void Dispose() => _full?.Dispose();

        private void Flush()
        {
            // The full-size statement is prepared once and reused; only the last, shorter batch needs its own.
            var full = _pending.Count == rowsPerStatement;
            var command = full ? _full ??= Prepare(_pending.Count) : Prepare(_pending.Count);
            try
            {
                var parameter = 0;
                foreach (var row in _pending)
                {
                    foreach (var value in table.Values(row))
                    {
                        command.Parameters[parameter++].Value = value ?? DBNull.Value;
                    }
                }

                command.ExecuteNonQuery();
                _pending.Clear();
            }
            finally
            {
                if (!full)
                {
                    command.Dispose();
                }
            }
        }

        private SqliteCommand Prepare(int rowCount)
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
}
