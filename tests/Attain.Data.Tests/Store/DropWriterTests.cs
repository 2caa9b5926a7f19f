using Attain.Data.Store;
using Attain.Data.Store.Import;
using Attain.Data.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Store;

public sealed class DropWriterTests
{
    private static DataDrop Drop(decimal juneAmount = 1000m, string partnerName = "Contoso") => new(
        [new PartnerRow { PartnerId = "P-1", Name = partnerName, Country = "US" }, new PartnerRow { PartnerId = "P-2", Name = "Fabrikam", Country = "JP" }],
        [new IndividualRow { IndividualId = "I-1", PartnerId = "P-1", Name = "Aiko", AssociatedFrom = new DateOnly(2020, 1, 1) }],
        [new ExamPassRow { IndividualId = "I-1", Exam = "MB2-714", PassedOn = new DateOnly(2021, 3, 4) }],
        [
            new DporRow { CustomerId = "C-1", From = new DateOnly(2016, 1, 1), PartnerId = "P-1" },
            new DporRow { CustomerId = "C-2", From = new DateOnly(2016, 1, 1), PartnerId = "P-2", To = new DateOnly(2018, 1, 1) },
        ],
        [
            new RevenueRow { CustomerId = "C-1", Month = new DateOnly(2017, 5, 1), Product = "crm-online", AmountUsd = 250.5m },
            new RevenueRow { CustomerId = "C-1", Month = new DateOnly(2017, 6, 1), Product = "crm-online", AmountUsd = juneAmount },
            new RevenueRow { CustomerId = "C-2", Month = new DateOnly(2017, 6, 1), Product = "d365-plan1", AmountUsd = -20m },
        ]);

    private static async Task<IReadOnlyList<TableCounts>> WriteAsync(TestStore store, DataDrop drop, bool commit = true)
    {
        await using var db = await store.OpenAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var counts = await DropWriter.WriteAsync(db, drop);
        if (commit)
        {
            await transaction.CommitAsync();
        }

        return counts;
    }

    private static TableCounts Of(IReadOnlyList<TableCounts> counts, string table) => counts.Single(count => count.Table == table);

    [Theory, SqliteStore, PostgresStore]
    public async Task A_first_drop_adds_every_row(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);

        var counts = await WriteAsync(store, Drop());

        Assert.Equal(new TableCounts("partners", 2, 0, 0), Of(counts, "partners"));
        Assert.Equal(new TableCounts("customers", 2, 0, 0), Of(counts, "customers"));
        Assert.Equal(new TableCounts("revenue", 3, 0, 0), Of(counts, "revenue"));
        await using var db = await store.OpenAsync();
        var june = await db.Revenue.SingleAsync(row => row.CustomerId == "C-1" && row.Month == new DateOnly(2017, 6, 1));
        Assert.Equal(1000m, june.AmountUsd);
        Assert.Equal(-20m, (await db.Revenue.SingleAsync(row => row.CustomerId == "C-2")).AmountUsd);
        Assert.Null((await db.Dpor.SingleAsync(row => row.CustomerId == "C-1")).To);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Writing_the_same_drop_again_changes_nothing(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await WriteAsync(store, Drop());
        var before = await StoreChecksum.OfAsync(store.Location);

        var counts = await WriteAsync(store, Drop());

        Assert.All(counts, count => Assert.Equal((0, 0), (count.Added, count.Changed)));
        Assert.Equal(3, Of(counts, "revenue").Unchanged);
        Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task An_upsert_drop_changes_exactly_the_rows_that_differ(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await WriteAsync(store, Drop());

        var counts = await WriteAsync(store, Drop(juneAmount: 1200.25m, partnerName: "Contoso Ltd"));

        Assert.Equal(new TableCounts("partners", 0, 1, 1), Of(counts, "partners"));
        Assert.Equal(new TableCounts("revenue", 0, 1, 2), Of(counts, "revenue"));
        Assert.Equal(new TableCounts("dpor", 0, 0, 2), Of(counts, "dpor"));
        await using var db = await store.OpenAsync();
        Assert.Equal("Contoso Ltd", (await db.Partners.FindAsync("P-1"))!.Name);
        Assert.Equal(1200.25m, (await db.Revenue.SingleAsync(row => row.CustomerId == "C-1" && row.Month == new DateOnly(2017, 6, 1))).AmountUsd);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_write_that_is_not_committed_leaves_the_store_as_it_was(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await WriteAsync(store, Drop());
        var before = await StoreChecksum.OfAsync(store.Location);

        await WriteAsync(store, Drop(juneAmount: 5m), commit: false);

        Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Opening_a_store_twice_applies_the_migrations_once(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await using (var first = await store.OpenAsync())
        {
            Assert.Empty(await first.Database.GetPendingMigrationsAsync());
        }

        await using var second = await store.OpenAsync();
        Assert.Equal(second.Database.GetMigrations(), await second.Database.GetAppliedMigrationsAsync());
    }
}
