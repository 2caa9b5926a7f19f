using System.Data.Common;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// One table read as a stream ordered by partner id (its first column), one row ahead: the merge in
/// <see cref="ProgramFactsReader"/> takes rows while <see cref="Partner"/> is the partner it is building.
/// </summary>
internal sealed class OrderedRows(DbCommand command, DbDataReader reader) : IAsyncDisposable
{
    public bool HasRow { get; private set; }

    /// <summary>The partner id of the current row (valid while <see cref="HasRow"/>).</summary>
    public string Partner { get; private set; } = string.Empty;

    public DbDataReader Row => reader;

    public static async Task<OrderedRows> OpenAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        var rows = new OrderedRows(command, await command.ExecuteReaderAsync(cancellationToken));
        await rows.NextAsync(cancellationToken);
        return rows;
    }

    public async Task NextAsync(CancellationToken cancellationToken)
    {
        HasRow = await reader.ReadAsync(cancellationToken);
        Partner = HasRow ? reader.GetString(0) : string.Empty;
    }

    /// <summary>Whether the current row belongs to <paramref name="partner"/>; ids are compared for equality only, so the database's collation decides the order alone.</summary>
    public bool IsOf(string partner) => HasRow && string.Equals(Partner, partner, StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await reader.DisposeAsync();
        await command.DisposeAsync();
    }
}
