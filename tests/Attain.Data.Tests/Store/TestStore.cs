using System.Globalization;
using Attain.Data.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Attain.Data.Tests.Store;

/// <summary>A fresh, empty store for one test: a new SQLite file, or a new database on the test PostgreSQL server.</summary>
public sealed class TestStore : IAsyncDisposable
{
    public const string PostgresVariable = "ATTAIN_TEST_POSTGRES";

    private readonly Func<Task> _drop;

    private TestStore(StoreKind kind, StoreLocation location, string db, Func<Task> drop)
    {
        Kind = kind;
        Location = location;
        Db = db;
        _drop = drop;
    }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public StoreKind Kind { get; }

    public StoreLocation Location { get; }

    /// <summary>What to pass as --db.</summary>
    public string Db { get; }

    public static async Task<TestStore> CreateAsync(StoreKind kind)
    {
        if (kind == StoreKind.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("attain-store-");
            var file = Path.Combine(folder.FullName, "attain.db");
            return new TestStore(kind, StoreLocation.Parse(file), file, () =>
            {
                SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }

        var server = PostgresServer ?? throw new InvalidOperationException(
            $"{PostgresVariable} is not set, so the PostgreSQL half of the store tests cannot run. Run them under scripts/with-postgres.sh (./test.sh does).");
        var name = string.Create(CultureInfo.InvariantCulture, $"attain_test_{Guid.NewGuid():N}");
        await AdminAsync(server, $"CREATE DATABASE {name}");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        return new TestStore(kind, StoreLocation.Parse(connection), connection, () => AdminAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    }

    public async Task<AttainDbContext> OpenAsync() => await Location.OpenAsync();

    public async ValueTask DisposeAsync() => await _drop();

    private static async Task AdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
