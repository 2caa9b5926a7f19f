using System.Text.Json;
using Attain.Data.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Cli;

/// <summary>
/// Issue #9: one number must not take the program down. An amount beyond the limit is bad input on import, and a
/// store written before the limit existed (simulated by writing the amount directly) still evaluates every partner.
/// </summary>
public sealed class AmountLimitCliTests
{
    [Theory, SqliteStore, PostgresStore]
    public async Task Importing_an_amount_beyond_the_limit_is_bad_input_and_writes_nothing(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        var drop = Attain.CopyOfSamples();
        File.AppendAllText(Path.Combine(drop, "revenue.csv"), "C-1001,crm-online,2026-11,79228162514264337593543950335\n");

        var run = Attain.Run("import", drop, "--db", store.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"revenue\.csv:\d+: net_new_revenue_usd: '79228162514264337593543950335' is beyond the limit", run.Error);
        await using var db = await store.OpenAsync();
        Assert.Equal(0, await db.Revenue.CountAsync());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Evaluating_a_store_that_holds_amounts_beyond_the_limit_names_them_and_evaluates_everyone(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        Assert.Equal(0, Attain.Run("import", Attain.Samples, "--db", store.Db).ExitCode);
        await WriteHugeAmountsAsync(store);

        var json = Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", Attain.AsOf, "--format", "json");
        var table = Attain.Run("evaluate", "--db", store.Db, "--partner", "P-1001", "--as-of", Attain.AsOf, "--lang", "ja");

        Assert.Equal(2, json.ExitCode);
        Assert.Contains("P-1001: the stored revenue of customer C-1001, product crm-online, month 2026-10 is ", json.Error, StringComparison.Ordinal);
        var partners = JsonDocument.Parse(json.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(Attain.SamplePartners, partners.Count);
        var p1001 = partners.Single(partner => partner.GetProperty("partnerId").GetString() == "P-1001");
        Assert.Equal(2, p1001.GetProperty("revenueBeyondLimit").GetArrayLength());
        Assert.True(p1001.GetProperty("ttmRevenueUsd").GetDecimal() < 1_000_000m);
        Assert.False(partners.Single(partner => partner.GetProperty("partnerId").GetString() == "P-1002").TryGetProperty("revenueBeyondLimit", out _));
        Assert.Equal(2, table.ExitCode);
        Assert.Contains("P-1001: 保存されている顧客 C-1001", table.Error, StringComparison.Ordinal);
        Assert.Contains("P-1001", table.Output, StringComparison.Ordinal);
    }

    /// <summary>
    /// What an older version let in: the largest decimal on SQLite; on PostgreSQL the column's numeric(18,2) holds at
    /// most 16 digits before the point, so the largest of those. Two months of it, so any plain sum overflows (SQLite).
    /// </summary>
    private static async Task WriteHugeAmountsAsync(TestStore store)
    {
        var huge = store.Kind == StoreKind.Sqlite ? decimal.MaxValue : 9_999_999_999_999_999.99m;
        await using var db = await store.OpenAsync();
        var months = new[] { new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1) };
        var written = await db.Revenue
            .Where(row => row.CustomerId == "C-1001" && months.Contains(row.Month))
            .ExecuteUpdateAsync(set => set.SetProperty(row => row.AmountUsd, huge));
        Assert.Equal(2, written);
    }
}
