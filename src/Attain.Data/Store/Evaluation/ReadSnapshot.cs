using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// Connections of the reader's own, all seeing the store as of one moment, so that streams opened one after the
/// other never mix an import's rows with the rows before it. PostgreSQL runs one query per connection, so each
/// stream gets a connection, joined to one exported snapshot (REPEATABLE READ); SQLite runs several statements on
/// one connection, inside one read transaction (WAL: the writer on the caller's connection is not blocked).
/// </summary>
internal sealed class ReadSnapshot : IAsyncDisposable
{
    private readonly List<DbConnection> _connections;
    private readonly List<DbTransaction> _transactions;

    private ReadSnapshot(List<DbConnection> connections, List<DbTransaction> transactions)
    {
        _connections = connections;
        _transactions = transactions;
    }

    public static async Task<ReadSnapshot> OpenAsync(AttainDbContext db, int streams, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The store has no connection string to open a reader of its own.");
        var snapshot = new ReadSnapshot([], []);
        try
        {
            if (db is PostgresAttainDbContext)
            {
                string? exported = null;
                for (var index = 0; index < streams; index++)
                {
                    var connection = new NpgsqlConnection(connectionString);
                    snapshot._connections.Add(connection);
                    await connection.OpenAsync(cancellationToken);
                    var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
                    snapshot._transactions.Add(transaction);
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    // The first connection exports its snapshot; the others take it before their first query.
                    if (exported is null)
                    {
                        command.CommandText = "SELECT pg_export_snapshot()";
                        exported = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
                    }
                    else
                    {
                        command.CommandText = $"SET TRANSACTION SNAPSHOT '{exported}'";
                        await command.ExecuteNonQueryAsync(cancellationToken);
                    }
                }
            }
            else
            {
                var connection = new SqliteConnection(connectionString);
                snapshot._connections.Add(connection);
                await connection.OpenAsync(cancellationToken);
                snapshot._transactions.Add(connection.BeginTransaction(deferred: true));
            }

            return snapshot;
        }
        catch
        {
            await snapshot.DisposeAsync();
            throw;
        }
    }

    /// <summary>The connection and transaction for stream <paramref name="index"/>.</summary>
    public (DbConnection Connection, DbTransaction Transaction) For(int index) =>
        _connections.Count == 1 ? (_connections[0], _transactions[0]) : (_connections[index], _transactions[index]);

    public async ValueTask DisposeAsync()
    {
        // Read only: the transactions end without a commit.
        foreach (var transaction in _transactions)
        {
            await transaction.DisposeAsync();
        }

        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
