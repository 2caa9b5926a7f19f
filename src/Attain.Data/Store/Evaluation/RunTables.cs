using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// Where an evaluation run's read model (its standings and memberships) is written, and how it replaces the previous
/// run's. On PostgreSQL both tables are partitioned by run: a run writes into tables of its own that have no index yet,
/// which are indexed once, in one pass, as they are attached (<see cref="AttachAsync"/>), and the runs it replaces are
/// dropped whole (<see cref="RemoveOtherRunsAsync"/>). Keeping the two tables' eighteen indexes up to date row by row cost
/// the database two to three times as much as building them (1M: 80.5 s against 37.5 s), and deleting the previous run
/// left a million dead rows for autovacuum, during which searches were slow. On SQLite the rows go into the tables themselves and the other runs' are deleted.
/// </summary>
public static class RunTables
{
    private const string Standings = "partner_standings";
    private const string Memberships = "partner_memberships";

    /// <summary>The table a run's rows of <paramref name="table"/> are written to.</summary>
    public static string Of(AttainDbContext db, string table, long runId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db is PostgresAttainDbContext ? PartitionOf(table, runId) : table;
    }

    /// <summary>Creates the run's own tables (PostgreSQL), in the caller's transaction if there is one.</summary>
    public static async Task BeginAsync(AttainDbContext db, long runId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db is not PostgresAttainDbContext)
        {
            return;
        }

        // The check lets ATTACH trust that every row belongs to the run instead of scanning the table for it.
        foreach (var table in new[] { Standings, Memberships })
        {
            var partition = PartitionOf(table, runId);
            await ExecuteAsync(
                db,
                $"CREATE TABLE {partition} (LIKE {table} INCLUDING DEFAULTS, CONSTRAINT {partition}_run CHECK (run_id = {Number(runId)}))",
                cancellationToken);
        }
    }

    /// <summary>
    /// Makes the run's rows part of the read model's tables (PostgreSQL): each table is indexed like the read model and
    /// attached. Lists still show the published run until the run is completed. In the caller's transaction; once it
    /// is committed, <see cref="PrepareForReadingAsync"/>.
    /// </summary>
    public static async Task AttachAsync(AttainDbContext db, long runId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db is not PostgresAttainDbContext)
        {
            return;
        }

        // Standings first: the memberships' foreign key is checked against the attached standings.
        foreach (var table in new[] { Standings, Memberships })
        {
            var partition = PartitionOf(table, runId);
            await ExecuteAsync(db, $"ALTER TABLE {table} ATTACH PARTITION {partition} FOR VALUES IN ({Number(runId)})", cancellationToken);
            await ExecuteAsync(db, $"ALTER TABLE {partition} DROP CONSTRAINT {partition}_run", cancellationToken);
        }
    }

    /// <summary>
    /// Vacuums the run's attached tables (PostgreSQL), outside any transaction: their statistics, so the first list is
    /// planned on real figures, and their visibility map, so a count or a page is an index-only scan from the start.
    /// Left to autovacuum, a count of the at-risk memberships of a million partners was a bitmap scan of the table
    /// (15–44 ms) until it came round; vacuumed, an index-only scan (5 ms), for 1.6 s of vacuum.
    /// </summary>
    public static async Task PrepareForReadingAsync(AttainDbContext db, long runId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db is not PostgresAttainDbContext)
        {
            return;
        }

        await ExecuteAsync(db, $"VACUUM (ANALYZE) {PartitionOf(Standings, runId)}, {PartitionOf(Memberships, runId)}", cancellationToken);
    }

    /// <summary>
    /// Removes every other run's read model: the one published before, and those of runs cut short (attached or not).
    /// In the caller's transaction, so lists go from one run to the next at its commit.
    /// </summary>
    public static async Task RemoveOtherRunsAsync(AttainDbContext db, long runId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db is not PostgresAttainDbContext)
        {
            await db.PartnerStandings.Where(standing => standing.RunId != runId).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        var others = await db.Database.SqlQueryRaw<RunTable>(
            """
            SELECT c.relname AS "Name", c.relispartition AS "Attached"
            FROM pg_class c
            WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
              AND (c.relname LIKE 'partner\_standings\_run\_%' OR c.relname LIKE 'partner\_memberships\_run\_%')
            """).ToListAsync(cancellationToken);
        var own = new[] { PartitionOf(Standings, runId), PartitionOf(Memberships, runId) };
        // Memberships before standings, and a standings table detached before it is dropped: the memberships' foreign
        // key depends on each attached standings table.
        foreach (var table in others.Where(table => !own.Contains(table.Name)).OrderBy(table => table.Name.StartsWith(Standings, StringComparison.Ordinal)))
        {
            if (table.Attached && table.Name.StartsWith(Standings, StringComparison.Ordinal))
            {
                await ExecuteAsync(db, $"ALTER TABLE {Standings} DETACH PARTITION {Quoted(table.Name)}", cancellationToken);
            }

            await ExecuteAsync(db, $"DROP TABLE {Quoted(table.Name)}", cancellationToken);
        }
    }

    // Table names cannot be parameters: every statement here is built from the constants above, run ids and names read
    // from the catalog that match the run tables' pattern (quoted all the same).
    private static Task<int> ExecuteAsync(AttainDbContext db, string sql, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(sql, cancellationToken);

    private static string Quoted(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string PartitionOf(string table, long runId) => $"{table}_run_{Number(runId)}";

    private static string Number(long runId) => runId.ToString(CultureInfo.InvariantCulture);

    private sealed record RunTable(string Name, bool Attached);
}
