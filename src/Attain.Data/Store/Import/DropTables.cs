using System.Data.Common;

namespace Attain.Data.Store.Import;

/// <summary>
/// The tables of one import's transaction, written one after the other; counts the rows written so far for the crash
/// test's seam (<see cref="ImportTestSeam"/>), which holds the import once a table brings them to its limit.
/// </summary>
internal sealed class DropTables(DbConnection connection, DbTransaction transaction, IStager stager, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
{
    private long _written;

    public List<TableCounts> Counts { get; } = [];

    public TableLoad<TRow> Begin<TRow>(StagedTable<TRow> table, long expected = 0) =>
        TableLoad<TRow>.Begin(connection, transaction, stager, table, progress, expected);

    /// <summary>Completes <paramref name="load"/>: its counts are kept, and the seam may hold the import here.</summary>
    public TableCounts Complete<TRow>(TableLoad<TRow> load)
    {
        var counts = load.Complete();
        Counts.Add(counts);
        _written += load.Rows;
        ImportTestSeam.HoldIfAsked(_written, progress, cancellationToken);
        return counts;
    }

    public TableCounts Write<TRow>(StagedTable<TRow> table, IReadOnlyCollection<TRow> rows)
    {
        using var load = Begin(table, rows.Count);
        foreach (var row in rows)
        {
            load.Add(row);
        }

        return Complete(load);
    }
}
