using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Attain.Data.Store;

/// <summary>
/// Which database the store is in. <c>--db</c> wins, then <c>ATTAIN_DB</c>, then <c>attain.db</c> in the
/// working folder. A connection string naming a Host is PostgreSQL; anything else is a SQLite file (a path or
/// a <c>Data Source=</c> string), so the default needs no set-up at all.
/// </summary>
public sealed record StoreLocation(StoreProvider Provider, string ConnectionString)
{
    public const string EnvironmentVariable = "ATTAIN_DB";

    public const string DefaultFile = "attain.db";

    public static StoreLocation Resolve(string? db) =>
        Parse(db ?? Environment.GetEnvironmentVariable(EnvironmentVariable) ?? Path.Combine(Directory.GetCurrentDirectory(), DefaultFile));

    public static StoreLocation Parse(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        if (db.Contains("Host=", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreLocation(StoreProvider.Postgres, WithoutCommandTimeout(db));
        }

        var sqlite = db.Contains('=', StringComparison.Ordinal) ? new SqliteConnectionStringBuilder(db) : new SqliteConnectionStringBuilder { DataSource = db };
        // Pooling keeps the file open after the command is done; a CLI gains nothing from it, and tests need to delete files.
        sqlite.Pooling = false;
        return new StoreLocation(StoreProvider.Sqlite, sqlite.ToString());
    }

    /// <summary>
    /// Npgsql stops any command, and a binary COPY's completion, after 30 s unless told otherwise: loading tens
    /// of millions of rows takes longer than that. A timeout the operator put in the connection string stays.
    /// </summary>
    private static string WithoutCommandTimeout(string db)
    {
        var given = db.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase) || db.Contains("CommandTimeout", StringComparison.OrdinalIgnoreCase);
        if (!db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || given)
        {
            return db;
        }

        return new NpgsqlConnectionStringBuilder(db) { CommandTimeout = 0 }.ToString();
    }

    /// <summary>Where the store is, for people: the file, or the server and database (never the password).</summary>
    public string Display => Provider == StoreProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : new NpgsqlConnectionStringBuilder(ConnectionString) is var builder ? $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}" : string.Empty;

    public AttainDbContext CreateContext() => Provider switch
    {
        StoreProvider.Sqlite => new SqliteAttainDbContext(
            new DbContextOptionsBuilder<SqliteAttainDbContext>().UseSqlite(ConnectionString, sqlite => sqlite.CommandTimeout(0)).Options),
        StoreProvider.Postgres => new PostgresAttainDbContext(
            new DbContextOptionsBuilder<PostgresAttainDbContext>().UseNpgsql(ConnectionString, npgsql => npgsql.CommandTimeout(0)).Options),
        _ => throw new InvalidOperationException($"Unknown store provider {Provider}."),
    };

    /// <summary>Opens the store and brings its schema up to date (start-up of the CLI and the web app).</summary>
    public async Task<AttainDbContext> OpenAsync(CancellationToken cancellationToken = default)
    {
        var db = CreateContext();
        try
        {
            // Migrate only when something is pending: MigrateAsync also diffs the model against the migrations'
            // snapshot every time, which costs seconds of start-up per command; listing pending migrations does not.
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            return db;
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }
}
