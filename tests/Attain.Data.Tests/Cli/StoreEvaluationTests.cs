using System.Text.Json;
using Attain.Data.Tests.Store;

namespace Attain.Data.Tests.Cli;

public sealed class StoreEvaluationTests
{
    [Theory, SqliteStore, PostgresStore]
    public async Task The_store_and_the_folder_give_the_same_evaluation_of_every_sample_partner(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        Assert.Equal(0, Attain.Run("import", Attain.Samples, "--db", store.Db).ExitCode);

        var fromFolder = Attain.Run("evaluate", Attain.Samples, "--as-of", Attain.AsOf, "--format", "json");
        var fromStore = Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", Attain.AsOf, "--format", "json");

        Assert.True(fromStore.ExitCode == 0, fromStore.Error);
        var expected = JsonDocument.Parse(fromFolder.Output).RootElement.EnumerateArray().Select(partner => partner.GetRawText()).ToList();
        var actual = JsonDocument.Parse(fromStore.Output).RootElement.EnumerateArray().Select(partner => partner.GetRawText()).ToList();
        Assert.Equal(Attain.SamplePartners, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task Evaluate_all_writes_the_report_and_one_snapshot_per_partner_once(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        Assert.Equal(0, Attain.Run("import", Attain.Samples, "--db", store.Db).ExitCode);
        var report = Path.Combine(Directory.CreateTempSubdirectory("attain-report-").FullName, "report.csv");

        var first = Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", Attain.AsOf, "--out", report);
        var second = Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", Attain.AsOf, "--out", report);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains($"Evaluated {Attain.SamplePartners} partners", first.Output, StringComparison.Ordinal);
        Assert.Contains($"; {Attain.SamplePartners} new snapshots;", first.Output, StringComparison.Ordinal);
        Assert.Contains("; 0 new snapshots;", second.Output, StringComparison.Ordinal);
        Assert.Equal(1 + Attain.SamplePartners, File.ReadAllLines(report).Length); // the header and one line per partner
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task History_shows_the_levels_over_time_and_the_requirement_that_flipped(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        Assert.Equal(0, Attain.Run("import", Attain.Samples, "--db", store.Db).ExitCode);
        // P-1001 as of two dates a year apart: its revenue window moves.
        Assert.Equal(0, Attain.Run("evaluate", "--db", store.Db, "--partner", "P-1001", "--as-of", "2025-06-15", "--format", "json").ExitCode);
        Assert.Equal(0, Attain.Run("evaluate", "--db", store.Db, "--partner", "P-1001", "--as-of", Attain.AsOf, "--format", "json").ExitCode);

        var history = Attain.Run("history", "P-1001", "--db", store.Db);

        Assert.True(history.ExitCode == 0, history.Error);
        Assert.Contains("P-1001: 2 snapshot(s)", history.Output, StringComparison.Ordinal);
        Assert.Contains("2025-06-15", history.Output, StringComparison.Ordinal);
        Assert.Contains(" → ", history.Output, StringComparison.Ordinal);
        var japanese = Attain.Run("history", "P-1001", "--db", store.Db, "--lang", "ja");
        Assert.Contains("P-1001: スナップショット 2 件", japanese.Output, StringComparison.Ordinal);
        Assert.Contains("前回のスナップショットからの変化", japanese.Output, StringComparison.Ordinal);
    }

    [Theory, SqliteStore, PostgresStore]
    public async Task History_of_an_unknown_partner_is_bad_input(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);

        Assert.Equal(2, Attain.Run("history", "P-0000", "--db", store.Db).ExitCode);
    }
}
