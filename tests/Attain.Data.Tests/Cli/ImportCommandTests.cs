using System.Globalization;
using Attain.Data.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Cli;

public sealed class ImportCommandTests
{
    private static async Task<TestStore> WithSamplesAsync(StoreKind kind)
    {
        var store = await TestStore.CreateAsync(kind);
        var import = Attain.Run("import", Attain.Samples, "--db", store.Db);
        Assert.True(import.ExitCode == 0, import.Error);
        return store;
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Importing_the_same_folder_again_changes_nothing(StoreKind kind)
    {
        await using var store = await WithSamplesAsync(kind);
        var before = await StoreChecksum.OfAsync(store.Location);

        var again = Attain.Run("import", Attain.Samples, "--db", store.Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Matches("(?m)^0 added, 0 changed, ", again.Output);
        Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_later_drop_adds_and_changes_exactly_its_rows(StoreKind kind)
    {
        await using var store = await WithSamplesAsync(kind);
        using var drop = Attain.CopyOfSamples();
        // Next month's drop: the same folder with one amount corrected and one month added.
        var revenue = drop.File("revenue.csv");
        var corrected = File.ReadAllText(revenue).Replace("C-1001,crm-online,2024-11,26033.60", "C-1001,crm-online,2024-11,26033.61", StringComparison.Ordinal);
        File.WriteAllText(revenue, corrected + "C-1001,crm-online,2026-11,10.00\n");
        var revenueRows = File.ReadAllLines(revenue).Length - 1;

        var run = Attain.Run("import", drop.Path, "--db", store.Db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches($@"revenue\s+1\s+1\s+{revenueRows - 2}\s", run.Output);
        Assert.Matches("(?m)^1 added, 1 changed, ", run.Output);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_drop_may_close_a_stored_DPOR_and_hand_the_customer_over(StoreKind kind)
    {
        await using var store = await WithSamplesAsync(kind);
        // The stored open interval of C-1001 (P-1001 from 2021-06-01) is closed, and P-1002 takes over.
        using var drop = HandOverDrop.Create();

        var run = Attain.Run("import", drop.Path, "--db", store.Db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"dpor\s+1\s+1\s", run.Output);
        await using (var db = await store.OpenAsync())
        {
            var intervals = await db.Dpor.Where(row => row.CustomerId == "C-1001").OrderBy(row => row.From)
                .Select(row => new { row.PartnerId, row.From, row.To }).ToListAsync();
            var day = DateOnly.Parse(HandOverDrop.Day, CultureInfo.InvariantCulture);
            Assert.Equal(new[] { new { PartnerId = "P-1001", From = new DateOnly(2021, 6, 1), To = (DateOnly?)day }, new { PartnerId = "P-1002", From = day, To = (DateOnly?)null } }, intervals);
        }

        // The revenue follows: December is P-1002's, not P-1001's any more.
        var p1001 = Attain.Run("evaluate", "--db", store.Db, "--partner", "P-1001", "--as-of", HandOverDrop.AsOf, "--format", "json").Output;
        var p1002 = Attain.Run("evaluate", "--db", store.Db, "--partner", "P-1002", "--as-of", HandOverDrop.AsOf, "--format", "json").Output;
        Assert.Equal(HandOverDrop.November, HandOverDrop.RevenueOf(p1001, "P-1001", "2026-11"));
        Assert.Equal(0m, HandOverDrop.RevenueOf(p1001, "P-1001", "2026-12"));
        Assert.Equal(HandOverDrop.December, HandOverDrop.RevenueOf(p1002, "P-1002", "2026-12"));
        Assert.Equal(HandOverDrop.January, HandOverDrop.RevenueOf(p1002, "P-1002", "2027-01"));
    }

    /// <summary>A bad drop: the file to write over a copy of the samples, its content, and where the problem must be reported.</summary>
    private static readonly (string File, string Content, string Where)[] BadDrops =
    [
        ("revenue.csv", "customer_id,product,month,net_new_revenue_usd\nC-1001,crm-online,2024-13,5.00\n", "revenue.csv:2: month: "),
        ("revenue.csv", "customer_id,product,month,net_new_revenue_usd\nC-1001,crm-online,2024-11,abc\n", "revenue.csv:2: net_new_revenue_usd: "),
        ("revenue.csv", "customer_id,product,month,net_new_revenue_usd\nC-0000,crm-online,2024-11,5.00\n", "revenue.csv:2: customer_id: "),
        ("revenue.csv", "customer_id,product,net_new_revenue_usd\nC-1001,crm-online,5.00\n", "revenue.csv:1: month: "),
        // A repeat after a row out of month order: found when the file is read a second time, rows written so far undone.
        ("revenue.csv", "customer_id,product,month,net_new_revenue_usd\nC-1001,crm-online,2026-01,1\nC-1001,crm-online,2025-12,1\nC-1001,crm-online,2026-01,2\n", "revenue.csv:4: month: customer C-1001, product crm-online, month 2026-01 is already listed on line 2"),
        ("exam_passes.csv", "individual_id,exam,passed_on\nI-2001,XX-000,2023-05-11\n", "exam_passes.csv:2: exam: "),
        ("exam_passes.csv", "individual_id,exam,passed_on\nI-0000,MB2-714,2023-05-11\n", "exam_passes.csv:2: individual_id: "),
        ("individuals.csv", "individual_id,partner_id,name,associated_from,associated_to\nI-9001,P-0000,Nobody,,\n", "individuals.csv:2: partner_id: "),
        ("partners.csv", "partner_id,name,country\nP-9001,A,US\nP-9001,B,US\n", "partners.csv:3: partner_id: "),
        ("partners.csv", "partner_id,name,country\nP-9001,A,ZZ\n", "partners.csv:2: country: "),
        // Overlaps a DPOR interval of another partner that is already stored (C-1001 is P-1001's from 2021-06-01, open).
        ("dpor.csv", "customer_id,partner_id,from,to\nC-1001,P-1002,2025-01-01,\n", "dpor.csv:2: from: "),
    ];

    [Theory, SqliteStore, PostgresStore]
    public async Task Every_kind_of_bad_input_is_listed_exits_2_and_leaves_the_store_as_it_was(StoreKind kind)
    {
        await using var store = await WithSamplesAsync(kind);
        var before = await StoreChecksum.OfAsync(store.Location);
        foreach (var (file, content, where) in BadDrops)
        {
            using var drop = Attain.CopyOfSamples();
            File.WriteAllText(drop.File(file), content);

            var run = Attain.Run("import", drop.Path, "--db", store.Db);

            Assert.True(run.ExitCode == 2, $"{file}: {content} exited {run.ExitCode}: {run.Error}");
            Assert.True(run.Error.Contains(where, StringComparison.Ordinal), $"expected '{where}' in:\n{run.Error}");
            Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
        }

    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Revenue_rows_in_any_order_import_as_the_same_rows(StoreKind kind)
    {
        await using var sorted = await WithSamplesAsync(kind);
        await using var reversed = await TestStore.CreateAsync(kind);
        using var drop = Attain.CopyOfSamples();
        // Newest month first: every customer's months fall, so the repeat check reads the file a second time.
        var lines = File.ReadAllLines(drop.File("revenue.csv"));
        File.WriteAllLines(drop.File("revenue.csv"), [lines[0], .. lines[1..].Reverse()]);

        var run = Attain.Run("import", drop.Path, "--db", reversed.Db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(await RowsOfAsync(sorted), await RowsOfAsync(reversed));
    }

    /// <summary>The checksum of every table but the catalog versions, which record when each store stored its catalog.</summary>
    private static async Task<string[]> RowsOfAsync(TestStore store) =>
        [.. (await StoreChecksum.OfAsync(store.Location)).Split(' ').Where(table => !table.StartsWith("catalog_versions=", StringComparison.Ordinal))];

    [Theory, SqliteStore, PostgresStore]
    public async Task A_missing_file_is_bad_input_and_writes_nothing(StoreKind kind)
    {
        await using var store = await WithSamplesAsync(kind);
        var before = await StoreChecksum.OfAsync(store.Location);
        using var drop = Attain.CopyOfSamples();
        File.Delete(drop.File("dpor.csv"));

        var run = Attain.Run("import", drop.Path, "--db", store.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("dpor.csv", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
    }
}
