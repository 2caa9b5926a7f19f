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

        await using var explain = db.Database.GetDbConnection().CreateCommand();
        explain.Transaction = transaction.GetDbTransaction();
        explain.CommandText = "EXPLAIN SELECT partner_id FROM partner_standings WHERE search_key LIKE '%northwind%'";
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains("Bitmap Index Scan on ix_partner_standings_search_key_trigrams", StringComparison.Ordinal));
    }
}
