using System.Data.Common;
using System.Globalization;

namespace Attain.Data.Store.Import;

/// <summary>
/// One table of a drop being written, a row at a time: straight into the table when it is empty (the first load:
/// nothing to merge with, the folder's keys were checked unique), otherwise into a staging table merged by
/// set-based upserts when the table is complete. Synchronous, like the CSV reading that drives it.
/// </summary>
internal sealed class TableLoad<TRow> : IDisposable
{
    private const int ProgressEvery = 50_000;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly StagedTable<TRow> _table;
    private readonly IProgress<ImportProgress>? _progress;
    private readonly long _expected;
    private readonly bool _intoTable;
    private readonly IRowSink<TRow> _sink;

    private TableLoad(DbConnection connection, DbTransaction transaction, IStager stager, StagedTable<TRow> table, IProgress<ImportProgress>? progress, long expected)
    {
        _connection = connection;
        _transaction = transaction;
        _table = table;
        _progress = progress;
        _expected = expected;
        _intoTable = Scalar(connection, transaction, $"SELECT count(*) FROM (SELECT 1 FROM {table.Name} LIMIT 1) AS any_row") == 0;
        _sink = stager.Open(connection, transaction, table, _intoTable);
    }

    public long Rows { get; private set; }

    /// <param name="expected">How many rows to expect, for progress only (0: unknown, progress counts up).</param>
    public static TableLoad<TRow> Begin(DbConnection connection, DbTransaction transaction, IStager stager, StagedTable<TRow> table, IProgress<ImportProgress>? progress, long expected = 0) =>
        new(connection, transaction, stager, table, progress, expected);

    public void Add(TRow row)
    {
        _sink.Add(row);
        if (++Rows % ProgressEvery == 0)
        {
            _progress?.Report(new ImportProgress(_table.Name, Rows, Math.Max(_expected, Rows)));
        }
    }

    public TableCounts Complete()
    {
        _sink.Complete();
        _progress?.Report(new ImportProgress(_table.Name, Rows, Rows));
        if (_intoTable || Rows == 0)
        {
            return new TableCounts(_table.Name, Rows, 0, 0);
        }

        _progress?.Report(new ImportProgress($"{_table.Name} (merging)", 0, Rows));
        var added = Scalar(_connection, _transaction, MergeSql.CountAdded(_table));
        var changed = MergeSql.CountChanged(_table) is { } sql ? Scalar(_connection, _transaction, sql) : 0;
        using (var upsert = Command(_connection, _transaction, MergeSql.Upsert(_table)))
        {
            upsert.ExecuteNonQuery();
        }

        _progress?.Report(new ImportProgress($"{_table.Name} (merging)", Rows, Rows));
        return new TableCounts(_table.Name, added, changed, Rows - added - changed);
    }

    public void Dispose() => _sink.Dispose();

    private static long Scalar(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }
}
