using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Serialization;
using Attain.Data.Store;
using Attain.Data.Store.Evaluation;
using Attain.Data.Store.Import;
using Attain.Data.Store.Rows;
using Attain.Program.History;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Store;

public sealed class EvaluationStoreTests
{
    private static readonly string CatalogJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json"));
    private static readonly VersionedCatalog Catalog = CatalogReader.Read(CatalogJson, "cloud-crm.json").Value!;
    private static readonly DateOnly AsOf = new(2017, 7, 7);
    private static readonly string[] PartnerIds = ["P-3", "P-1", "P-2"];

    private static DataDrop Drop(decimal monthly) => new(
        [.. PartnerIds.Select(id => new PartnerRow { PartnerId = id, Name = "Partner " + id, Country = "US" })],
        [],
        [],
        [new DporRow { CustomerId = "C-1", From = new DateOnly(2015, 1, 1), PartnerId = "P-2" }],
        [.. Enumerable.Range(0, 12).Select(month => new RevenueRow
        {
            CustomerId = "C-1", Month = new DateOnly(2016, 7, 1).AddMonths(month), Product = "crm-online", AmountUsd = monthly,
        })]);

    private static async Task WriteAsync(TestStore store, DataDrop drop)
    {
        await using var db = await store.OpenAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await DropWriter.WriteAsync(db, drop);
        await transaction.CommitAsync();
    }

    private static async Task<int> EvaluateAllAsync(AttainDbContext db, int catalogVersion)
    {
        var added = 0;
        await foreach (var batch in StoredFacts.ReadAsync(db, batchSize: 2))
        {
            added += await SnapshotRecorder.RecordAsync(db, catalogVersion, AsOf, [.. batch.Select(facts => (facts, CompetencyEvaluator.Evaluate(Catalog, facts, AsOf)))]);
        }

        return added;
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Partners_stream_in_id_order_with_their_customers_revenue(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await WriteAsync(store, Drop(monthly: 1000m));
        await using var db = await store.OpenAsync();

        var batches = new List<IReadOnlyList<PartnerFacts>>();
        await foreach (var batch in StoredFacts.ReadAsync(db, batchSize: 2))
        {
            batches.Add(batch);
        }

        Assert.Equal([2, 1], batches.Select(batch => batch.Count));
        var all = batches.SelectMany(batch => batch).ToList();
        Assert.Equal(["P-1", "P-2", "P-3"], all.Select(facts => facts.Partner.Id.Value));
        Assert.Equal(12, all[1].Revenue.Count);
        Assert.Empty(all[0].Revenue);
        Assert.Equal(new Usd(12_000m), CompetencyEvaluator.Evaluate(Catalog, all[1], AsOf).TtmRevenueUsd);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Evaluating_unchanged_inputs_again_adds_no_snapshot(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await WriteAsync(store, Drop(monthly: 1000m));
        await using var db = await store.OpenAsync();
        var version = await CatalogVersions.EnsureAsync(db, Catalog, CatalogJson, null);

        Assert.Equal(3, await EvaluateAllAsync(db, version.Id));
        Assert.Equal(0, await EvaluateAllAsync(db, version.Id));
        Assert.Equal(3, await db.Snapshots.CountAsync());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Changed_inputs_add_a_snapshot_for_the_partner_they_concern_only(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await WriteAsync(store, Drop(monthly: 1000m));
        await using (var db = await store.OpenAsync())
        {
            await EvaluateAllAsync(db, (await CatalogVersions.EnsureAsync(db, Catalog, CatalogJson, null)).Id);
        }

        await WriteAsync(store, Drop(monthly: 10_000m));
        await using var again = await store.OpenAsync();
        var added = await EvaluateAllAsync(again, (await CatalogVersions.EnsureAsync(again, Catalog, CatalogJson, null)).Id);

        Assert.Equal(1, added);
        var history = await again.Snapshots.Where(snapshot => snapshot.PartnerId == "P-2").OrderBy(snapshot => snapshot.Id).ToListAsync();
        // No individuals, so no level either way: what flipped is Silver's revenue requirement alone.
        Assert.Equal(["none", "none"], history.Select(snapshot => snapshot.Level));
        var change = Assert.Single(SnapshotComparison.Between(AttainJson.Deserialize<SnapshotResult>(history[0].ResultJson), AttainJson.Deserialize<SnapshotResult>(history[1].ResultJson)), change => change.Level == "silver");
        Assert.Equal((false, true), (change.WasMet, change.IsMet));
        Assert.Equal(new RequirementFigure(12_000m, 100_000m, "developed", null, null), change.Before);
        Assert.Equal(new RequirementFigure(120_000m, 100_000m, "developed", null, null), change.After);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_changed_catalog_file_makes_a_new_version_and_the_same_file_finds_its_own(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await using var db = await store.OpenAsync();

        var first = await CatalogVersions.EnsureAsync(db, Catalog, CatalogJson, null);
        var same = await CatalogVersions.EnsureAsync(db, Catalog, CatalogJson, null);
        var withMarkets = await CatalogVersions.EnsureAsync(db, Catalog, CatalogJson, "country,market\nUS,developing\n");
        var changed = await CatalogVersions.EnsureAsync(db, Catalog, CatalogJson.Replace("100000", "110000", StringComparison.Ordinal), null);

        Assert.Equal(first.Id, same.Id);
        Assert.Equal(3, new[] { first.Id, withMarkets.Id, changed.Id }.Distinct().Count());
        Assert.Equal(3, await db.CatalogVersions.CountAsync());
    }
}
