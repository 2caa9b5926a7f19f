using Attain.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Attain.Data.Tests.Store;

/// <summary>
/// A search is a LIKE '%…%' over the search key. On PostgreSQL a trigram index serves it: a rare text's standings are
/// found without reading every key of the run (issue 8: a search at a million partners).
/// </summary>
public sealed class SearchIndexTests
{
    [Theory, PostgresStore]
    public async Task A_substring_search_of_the_standings_can_be_served_by_the_trigram_index(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await using var db = await store.OpenAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Without sequential and B-tree scans the planner must serve the LIKE by a bitmap, which only the trigram
        // index can give for a substring: without it, this plan is a sequential scan whatever the settings.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off; SET LOCAL enable_indexonlyscan = off");
        // The standings are partitioned by run (RunTables): a run's table gets its own copy of each index when attached.
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE partner_standings_run_1 PARTITION OF partner_standings FOR VALUES IN (1)");
        var runIndex = await LinesAsync(
            db,
            transaction,
            """
            SELECT child.relname FROM pg_inherits i
            JOIN pg_class child ON child.oid = i.inhrelid JOIN pg_class parent ON parent.oid = i.inhparent
            WHERE parent.relname = 'ix_partner_standings_search_key_trigrams'
            """);

        var plan = await LinesAsync(db, transaction, "EXPLAIN SELECT partner_id FROM partner_standings WHERE search_key LIKE '%northwind%'");

        Assert.Contains(plan, line => line.Contains($"Bitmap Index Scan on {Assert.Single(runIndex)}", StringComparison.Ordinal));
    }

    private static async Task<List<string>> LinesAsync(AttainDbContext db, IDbContextTransaction transaction, string sql)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return lines;
    }
}
