using System.Text.Json;
using System.Text.Json.Nodes;
using Attain.Data.Tests.Store;

namespace Attain.Data.Tests.Cli;

/// <summary>
/// `attain catalog impact` (SPEC §5) on the sample store as of 2026-11-25, with a proposal whose consequences are known
/// from the sample's README: the developed Silver threshold raised to 150,000 drops P-1006 (149,921.70) and P-1014
/// (148,240.26) to none; the developed Gold threshold raised to 330,000 drops P-1013 (321,090.80) to Silver.
/// </summary>
public sealed class CatalogImpactTests
{
    [Theory, SqliteStore, PostgresStore]
    public async Task Impact_lists_the_partners_whose_level_changes_with_the_requirement_that_flips_and_stores_nothing(StoreKind kind)
    {
        await using var store = await ImportedStoreAsync(kind);
        var before = await StoreChecksum.OfAsync(store.Location);

        var run = Attain.Run("catalog", "impact", Proposal(silver: 150_000, gold: 330_000), "--db", store.Db, "--as-of", Attain.AsOf, "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        var changes = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(
            [("P-1006", "silver", "none"), ("P-1013", "gold", "silver"), ("P-1014", "silver", "none")],
            changes.Select(change => (change.GetProperty("partnerId").GetString(), change.GetProperty("fromLevel").GetString(), change.GetProperty("toLevel").GetString())));
        var reason = Assert.Single(changes[0].GetProperty("reasons").EnumerateArray().ToList());
        Assert.Equal("silver", reason.GetProperty("level").GetString());
        Assert.Equal("revenue", reason.GetProperty("requirementId").GetString());
        Assert.True(reason.GetProperty("wasMet").GetBoolean());
        Assert.False(reason.GetProperty("isMet").GetBoolean());
        Assert.Equal("gold", Assert.Single(changes[1].GetProperty("reasons").EnumerateArray().ToList()).GetProperty("level").GetString());
        Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task The_table_counts_the_partners_per_transition_in_english_and_japanese(StoreKind kind)
    {
        await using var store = await ImportedStoreAsync(kind);
        var proposal = Proposal(silver: 150_000, gold: 330_000);

        var english = Attain.Run("catalog", "impact", proposal, "--db", store.Db, "--as-of", Attain.AsOf);
        var japanese = Attain.Run("catalog", "impact", proposal, "--db", store.Db, "--as-of", Attain.AsOf, "--lang", "ja");

        Assert.True(english.ExitCode == 0, english.Error);
        Assert.Contains("16 partners evaluated, 3 would change", english.Output, StringComparison.Ordinal);
        Assert.Contains("Silver → none: 2", english.Output, StringComparison.Ordinal);
        Assert.Contains("Gold → Silver: 1", english.Output, StringComparison.Ordinal);
        Assert.Contains("シルバー → なし: 2", japanese.Output, StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task The_shipped_catalog_proposed_again_changes_nobody(StoreKind kind)
    {
        await using var store = await ImportedStoreAsync(kind);

        var run = Attain.Run("catalog", "impact", Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json"), "--db", store.Db, "--as-of", Attain.AsOf, "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("partner_id,name,market,from_level,to_level,reasons", run.Output.Trim());
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_bad_proposal_is_bad_input_with_its_json_path_and_leaves_the_store_as_it_was(StoreKind kind)
    {
        await using var store = await ImportedStoreAsync(kind);
        var before = await StoreChecksum.OfAsync(store.Location);
        var document = ShippedCatalog();
        document["versions"]![0]!["levels"]![0]!["requirements"]![0]!["thresholdsUsd"]!["developed"] = "a lot";
        var file = Write(document);

        var run = Attain.Run("catalog", "impact", file, "--db", store.Db, "--as-of", Attain.AsOf);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("versions[0].levels[0].requirements[0].thresholdsUsd.developed", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task A_bad_catalog_is_bad_input_for_import_and_evaluate_in_english_and_japanese_and_nothing_is_stored(StoreKind kind)
    {
        await using var store = await ImportedStoreAsync(kind);
        var before = await StoreChecksum.OfAsync(store.Location);
        var document = ShippedCatalog();
        document["versions"]![1]!["effectiveFrom"] = "2017-07-07";
        document["versions"]![1]!["exams"]![2]!["acceptedUntil"] = "2017-06-30";
        var bad = Write(document);

        var import = Attain.Run("import", Attain.Samples, "--db", store.Db, "--catalog", bad);
        var evaluate = Attain.Run("evaluate", Attain.Samples, "--catalog", bad, "--lang", "ja");

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("versions[1].effectiveFrom: versions[0] also takes effect on 2017-07-07", import.Error, StringComparison.Ordinal);
        Assert.Contains("versions[1].exams[2].acceptedUntil: 2017-06-30 is before retiredOn 2017-12-31", import.Error, StringComparison.Ordinal);
        Assert.Equal(2, evaluate.ExitCode);
        Assert.Contains("versions[1].exams[2].acceptedUntil: 2017-06-30 は retiredOn 2017-12-31 より前です", evaluate.Error, StringComparison.Ordinal);
        Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task History_says_a_flip_came_from_the_rules_when_the_partners_data_did_not_change(StoreKind kind)
    {
        await using var store = await ImportedStoreAsync(kind);
        Assert.Equal(0, Attain.Run("evaluate", "--db", store.Db, "--partner", "P-1006", "--as-of", Attain.AsOf, "--format", "json").ExitCode);
        // The same facts, the same day, under a catalog that raises the Silver threshold: the flip is the rules'.
        var raised = Attain.Run("evaluate", "--db", store.Db, "--partner", "P-1006", "--as-of", Attain.AsOf, "--format", "json", "--catalog", Proposal(silver: 150_000, gold: 300_000));
        Assert.True(raised.ExitCode == 0, raised.Error);

        var history = Attain.Run("history", "P-1006", "--db", store.Db);

        Assert.Contains("The rules changed (catalog version 2017-12-15 →", history.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("The partner's data changed", history.Output, StringComparison.Ordinal);
    }

    private static async Task<TestStore> ImportedStoreAsync(StoreKind kind)
    {
        var store = await TestStore.CreateAsync(kind);
        Assert.Equal(0, Attain.Run("import", Attain.Samples, "--db", store.Db).ExitCode);
        return store;
    }

    /// <summary>The shipped catalog with the developed thresholds changed; the latest version carries the levels over from the first.</summary>
    private static string Proposal(decimal silver, decimal gold)
    {
        var document = ShippedCatalog();
        var levels = document["versions"]![0]!["levels"]!;
        levels[0]!["requirements"]![0]!["thresholdsUsd"]!["developed"] = silver;
        levels[1]!["requirements"]![0]!["thresholdsUsd"]!["developed"] = gold;
        return Write(document);
    }

    private static JsonNode ShippedCatalog() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json")))!;

    private static string Write(JsonNode document)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("attain-proposal-").FullName, "proposed.json");
        File.WriteAllText(file, document.ToJsonString());
        return file;
    }
}
