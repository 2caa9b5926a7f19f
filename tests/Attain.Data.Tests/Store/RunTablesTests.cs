using System.Globalization;
using Attain.Core.Model;
using Attain.Data.Store;
using Attain.Program;
using Attain.Program.Evaluation;
using Attain.Program.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using AttainCli = Attain.Data.Tests.Cli.Attain;

namespace Attain.Data.Tests.Store;

/// <summary>
/// A run's read model replaces the previous run's whole (Store/Evaluation/RunTables.cs): on PostgreSQL a table of the
/// run's own per read-model table, attached when the run's rows are written and dropped when a later run is published.
/// </summary>
public sealed class RunTablesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory, SqliteStore, PostgresStore]
    public async Task A_published_run_replaces_the_previous_one_and_the_rows_of_a_run_cut_short(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        Assert.Equal(0, AttainCli.Run("import", AttainCli.Samples, "--db", store.Db).ExitCode);
        Assert.Equal(0, AttainCli.Run("evaluate", "--all", "--db", store.Db, "--as-of", "2026-10-25").ExitCode);

        // Runs that record their rows and are never completed (a crash, or a job stopped by a restart): one stopped
        // before its rows are attached, one after (a job compares the levels before it publishes).
        foreach (var attached in new[] { false, true })
        {
            await using var db = await store.OpenAsync();
            var cutShort = await ProgramEvaluation.StartAsync(Open(db), Today);
            await foreach (var batch in cutShort.EvaluateAsync())
            {
                await cutShort.RecordAsync(batch);
            }

            if (attached)
            {
                await cutShort.LevelChangesAsync(10);
            }
        }

        Assert.Equal(0, AttainCli.Run("evaluate", "--all", "--db", store.Db, "--as-of", "2026-11-25").ExitCode);

        await using var check = await store.OpenAsync();
        var published = await StoredEvaluation.LatestAsync(check);
        Assert.NotNull(published);
        Assert.Equal(Today, published.AsOf);
        Assert.Equal([published.RunId], await check.PartnerStandings.Select(row => row.RunId).Distinct().ToListAsync());
        Assert.Equal([published.RunId], await check.PartnerMemberships.Select(row => row.RunId).Distinct().ToListAsync());
        Assert.Equal(16, await check.PartnerStandings.CountAsync());
        Assert.Equal(16, await check.PartnerMemberships.CountAsync());
        if (kind == StoreKind.Postgres)
        {
            Assert.Equal(
                [$"partner_memberships_run_{published.RunId}", $"partner_standings_run_{published.RunId}"],
                await RunTableNamesAsync(check));
        }
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_decision_recorded_after_a_batch_is_written_is_in_the_published_membership(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        Assert.Equal(0, AttainCli.Run("import", AttainCli.Samples, "--db", store.Db).ExitCode);
        // samples/contoso/README.md, "Membership": evaluated monthly to 2026-11-25, P-1010's demotion is pending.
        foreach (var day in Enumerable.Range(0, 14).Select(month => new DateOnly(2025, 10, 25).AddMonths(month)))
        {
            Assert.Equal(0, AttainCli.Run("evaluate", "--all", "--db", store.Db, "--as-of", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ExitCode);
        }

        await using var evaluating = await store.OpenAsync();
        var run = await ProgramEvaluation.StartAsync(Open(evaluating), Today);
        await foreach (var batch in run.EvaluateAsync())
        {
            await run.RecordAsync(batch);
        }

        // The run's rows are written (on PostgreSQL, into its own tables, not yet part of the read model) when the
        // operator approves the demotion.
        await using (var deciding = await store.OpenAsync())
        {
            var decided = await MembershipDecisions.RecordAsync(
                Open(deciding),
                new DecisionRequest(new PartnerId("P-1010"), DecisionLog.Approve, "alice", "window closed without a renewal", Today));
            Assert.Null(decided.Refusal);
            Assert.NotNull(decided.Decision);
        }

        var outcome = await run.CompleteAsync();
        var row = await evaluating.PartnerMemberships.AsNoTracking().SingleAsync(membership => membership.RunId == outcome.RunId && membership.PartnerId == "P-1010");
        Assert.Equal(("silver", (DateOnly?)null), (row.HeldLevel, row.PendingDueSince));
    }

    [Theory, PostgresStore]
    public async Task The_migration_to_run_tables_keeps_the_published_read_model_both_ways(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        Assert.Equal(0, AttainCli.Run("import", AttainCli.Samples, "--db", store.Db).ExitCode);
        Assert.Equal(0, AttainCli.Run("evaluate", "--all", "--db", store.Db, "--as-of", "2026-11-25").ExitCode);
        await using var db = await store.OpenAsync();
        var published = await ReadModelAsync(db);
        var indexes = await IndexesAsync(db);
        Assert.Equal(("p", "p"), await KindsAsync(db));

        // Down to the plain tables of the version before, and up again: the same rows each time.
        await db.GetService<IMigrator>().MigrateAsync("20261126064614_StandingSearchTrigrams");
        Assert.Equal(("r", "r"), await KindsAsync(db));
        Assert.Equal(published, await ReadModelAsync(db));
        Assert.Equal(indexes, await IndexesAsync(db));
        Assert.Empty(await RunTableNamesAsync(db));

        await db.GetService<IMigrator>().MigrateAsync();
        Assert.Equal(("p", "p"), await KindsAsync(db));
        Assert.Equal(published, await ReadModelAsync(db));
        Assert.Equal(2, (await RunTableNamesAsync(db)).Count);
        // The keys and indexes came back with their names and definitions: EF's model and later migrations refer to them.
        Assert.Equal(indexes, await IndexesAsync(db));
        Assert.Equal(18, indexes.Count);
        Assert.Equal(0, AttainCli.Run("evaluate", "--all", "--db", store.Db, "--as-of", "2026-11-25").ExitCode);
    }

    private static async Task<(string Standings, string Memberships)> KindsAsync(AttainDbContext db) =>
        (await db.Database.SqlQueryRaw<string>("SELECT relkind::text AS \"Value\" FROM pg_class WHERE relname = 'partner_standings' AND relnamespace = current_schema()::regnamespace").SingleAsync(),
         await db.Database.SqlQueryRaw<string>("SELECT relkind::text AS \"Value\" FROM pg_class WHERE relname = 'partner_memberships' AND relnamespace = current_schema()::regnamespace").SingleAsync());

    // Every row of both tables, as text, in one digest per table.
    private static async Task<(string?, string?, int)> ReadModelAsync(AttainDbContext db) =>
        (await db.Database.SqlQueryRaw<string?>("SELECT md5(string_agg(s::text, '|' ORDER BY s.run_id, s.partner_id)) AS \"Value\" FROM partner_standings s").SingleAsync(),
         await db.Database.SqlQueryRaw<string?>("SELECT md5(string_agg(m::text, '|' ORDER BY m.run_id, m.partner_id)) AS \"Value\" FROM partner_memberships m").SingleAsync(),
         await ScalarAsync(db, "SELECT count(*)::int AS \"Value\" FROM partner_standings"));

    private static Task<List<string>> IndexesAsync(AttainDbContext db) =>
        db.Database.SqlQueryRaw<string>(
            """
            SELECT replace(indexdef, ' ON ONLY ', ' ON ') AS "Value" FROM pg_indexes
            WHERE schemaname = current_schema() AND tablename IN ('partner_standings', 'partner_memberships') ORDER BY indexname
            """).ToListAsync();

    private static Task<int> ScalarAsync(AttainDbContext db, string sql) => db.Database.SqlQueryRaw<int>(sql).SingleAsync();

    private static AttainProgram Open(AttainDbContext db) =>
        new(db, CatalogFile.Load(null, null).Value!, CatalogFile.Source(null, null), TimeProvider.System);

    private static async Task<List<string>> RunTableNamesAsync(AttainDbContext db) =>
        await db.Database.SqlQueryRaw<string>(
            """
            SELECT relname AS "Value" FROM pg_class
            WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r' AND relname LIKE 'partner\_%\_run\_%'
            ORDER BY relname
            """).ToListAsync();
}
