using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Serialization;
using Attain.Data.Store;
using Attain.Data.Store.Evaluation;
using Attain.Data.Store.Import;
using Attain.Data.Tests.Cli;
using Attain.Data.Tests.Folder;
using Attain.DataGen;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Store;

/// <summary>
/// `evaluate --all` reads the program as partner-ordered streams merged in the client; `evaluate --partner` reads one
/// partner by index lookups. Both must give every partner the same facts and so the same evaluation, byte for byte.
/// </summary>
public sealed class ProgramFactsReaderTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 25);

    [Theory, SqliteStore, PostgresStore]
    public async Task The_streamed_program_and_each_partner_read_alone_evaluate_alike_for_every_partner(StoreKind kind)
    {
        using var folder = new TemporaryFolder("attain-streamed-");
        var catalog = TestCatalog.CloudCrm;
        new ProgramGenerator(catalog.InForceOn(AsOf), new GeneratorSettings(240, 11, AsOf, folder.Path)).Write();
        var (first, second) = FirstTwoPartners(folder);
        // A customer handed from the first partner to the second and back: its revenue counts once for the first
        // partner, however many intervals bring it (the streamed revenue comes once per interval).
        await File.AppendAllLinesAsync(folder.File("dpor.csv"), [$"C-BACK,{first},2024-01-01,2025-03-01", $"C-BACK,{second},2025-03-01,2025-09-01", $"C-BACK,{first},2025-09-01,"]);
        await File.AppendAllLinesAsync(folder.File("revenue.csv"), Enumerable.Range(0, 22).Select(month => $"C-BACK,crm-online,{new DateOnly(2025, 1, 1).AddMonths(month):yyyy-MM},1000.00"));

        await using var store = await TestStore.CreateAsync(kind);
        await using var db = await store.OpenAsync();
        var imported = await FolderImport.RunAsync(db, folder.Path, catalog, CatalogFile.Source(null, null));
        Assert.Empty(imported.Problems);

        var streamed = new List<PartnerFacts>();
        await foreach (var batch in ProgramFactsReader.ReadAllAsync(db, batchSize: 7))
        {
            streamed.AddRange(batch);
        }

        Assert.Equal(240, streamed.Count);
        Assert.Equal(streamed.Select(facts => facts.Partner.Id).Order(), streamed.Select(facts => facts.Partner.Id));
        Assert.Equal(22, streamed.Single(facts => facts.Partner.Id.Value == first).Revenue.Count(line => line.Customer.Value == "C-BACK"));
        foreach (var facts in streamed)
        {
            var alone = await SingleAsync(db, facts.Partner.Id);
            Assert.Equal(FactsDigest.Of(alone), FactsDigest.Of(facts));
            Assert.Equal(Json(alone), Json(facts));
        }
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_caller_that_stops_early_closes_the_readers_connections(StoreKind kind)
    {
        using var folder = new TemporaryFolder("attain-streamed-");
        new ProgramGenerator(TestCatalog.CloudCrm.InForceOn(AsOf), new GeneratorSettings(50, 3, AsOf, folder.Path)).Write();
        await using var store = await TestStore.CreateAsync(kind);
        await using var db = await store.OpenAsync();
        Assert.Empty((await FolderImport.RunAsync(db, folder.Path, TestCatalog.CloudCrm, CatalogFile.Source(null, null))).Problems);

        await foreach (var batch in ProgramFactsReader.ReadAllAsync(db, batchSize: 5))
        {
            Assert.Equal(5, batch.Count);
            break;
        }

        if (kind == StoreKind.Postgres)
        {
            // Only the caller's own connection is left (a backend leaves pg_stat_activity a moment after its client).
            var deadline = DateTime.UtcNow.AddSeconds(10);
            long connections;
            while ((connections = await ScalarAsync(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")) > 1 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            Assert.Equal(1, connections);
        }
        else
        {
            // No reader holds the write-ahead log: it can be checkpointed and emptied (the first column is "busy").
            Assert.Equal(0, await ScalarAsync(db, "PRAGMA wal_checkpoint(TRUNCATE)"));
        }
    }

    private static async Task<long> ScalarAsync(AttainDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Json(PartnerFacts facts) => AttainJson.Serialize(CompetencyEvaluator.Evaluate(TestCatalog.CloudCrm, facts, AsOf), indented: false);

    private static async Task<PartnerFacts> SingleAsync(AttainDbContext db, PartnerId id)
    {
        await foreach (var batch in StoredFacts.ReadAsync(db, id))
        {
            return Assert.Single(batch);
        }

        throw new InvalidOperationException($"{id} is not stored.");
    }

    private static (string First, string Second) FirstTwoPartners(TemporaryFolder folder)
    {
        var ids = File.ReadLines(folder.File("partners.csv")).Skip(1).Take(2).Select(line => line.Split(',')[0]).ToList();
        return (ids[0], ids[1]);
    }
}
