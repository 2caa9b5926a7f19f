using System.Text.Json;
using Attain.Data.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Cli;

/// <summary>
/// The store over two drops: the samples, then the drop that hands C-1001 from P-1001 to P-1002 on 2026-12-01.
/// What the store evaluates is what the folder of the same facts evaluates, and a drop cannot rewrite history
/// into an overlap with an interval that is stored.
/// </summary>
public sealed class StoreAcrossDropsTests
{
    [Theory, SqliteStore, PostgresStore]
    public async Task After_a_hand_over_the_store_evaluates_as_the_folder_of_the_same_facts_and_December_moved(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        using var drop = HandOverDrop.Create();
        Assert.Equal(0, Attain.Run("import", Attain.Samples, "--db", store.Db).ExitCode);
        var second = Attain.Run("import", drop.Path, "--db", store.Db);
        Assert.True(second.ExitCode == 0, second.Error);

        var fromStore = Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", HandOverDrop.AsOf, "--format", "json");
        var fromFolder = Attain.Run("evaluate", drop.Path, "--as-of", HandOverDrop.AsOf, "--format", "json");

        Assert.True(fromStore.ExitCode == 0, fromStore.Error);
        Assert.Equal(Partners(fromFolder.Output), Partners(fromStore.Output));
        // December: C-1001's 31,000.00 is P-1002's, not P-1001's (C-1002's revenue, P-1001's other customer, ends 2026-10).
        Assert.Equal(0m, HandOverDrop.RevenueOf(fromStore.Output, "P-1001", "2026-12"));
        Assert.Equal(HandOverDrop.December, HandOverDrop.RevenueOf(fromStore.Output, "P-1002", "2026-12"));
        // P-1002 had 58,638.72 in 2026-02 … 2026-10 (its own C-1003); with December and January it reaches Silver's 100,000.
        var p1002 = HandOverDrop.Partner(fromStore.Output, "P-1002");
        Assert.Equal(58_638.72m + HandOverDrop.December + HandOverDrop.January, p1002.GetProperty("ttmRevenueUsd").GetDecimal());
        Assert.Equal("silver", p1002.GetProperty("level").GetString());

        // At the boundary the stored end of the old interval is the start of the new one.
        await using var db = await store.OpenAsync();
        var intervals = await db.Dpor.Where(row => row.CustomerId == "C-1001").OrderBy(row => row.From).ToListAsync();
        Assert.Equal(2, intervals.Count);
        Assert.Equal(intervals[1].From, intervals[0].To);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_replacement_that_overlaps_another_stored_interval_is_bad_input_and_writes_nothing(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        using (var handOver = HandOverDrop.Create())
        {
            Assert.Equal(0, Attain.Run("import", Attain.Samples, "--db", store.Db).ExitCode);
            Assert.Equal(0, Attain.Run("import", handOver.Path, "--db", store.Db).ExitCode);
        }

        var before = await StoreChecksum.OfAsync(store.Location);
        // Replaces P-1001's stored interval (same customer, same start) by one that runs into P-1002's stored [2026-12-01, …).
        using var drop = Attain.CopyOfSamples();
        var dpor = drop.File("dpor.csv");
        File.WriteAllText(dpor, File.ReadAllText(dpor).Replace("C-1001,P-1001,2021-06-01,\n", "C-1001,P-1001,2021-06-01,2027-01-01\n", StringComparison.Ordinal));

        var run = Attain.Run("import", drop.Path, "--db", store.Db);

        Assert.True(run.ExitCode == 2, $"exited {run.ExitCode}: {run.Error}");
        Assert.Contains("dpor.csv:2: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("P-1002", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
    }

    private static List<string> Partners(string json) =>
        [.. JsonDocument.Parse(json).RootElement.EnumerateArray().Select(partner => partner.GetRawText())];
}
