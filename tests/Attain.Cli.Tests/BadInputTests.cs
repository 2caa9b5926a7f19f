namespace Attain.Cli.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"attain-cli-{Guid.NewGuid():N}");

    public BadInputTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(CliRun.Samples, "*.csv"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Bad_data_exits_2_and_lists_every_problem_as_file_line_column_message()
    {
        var revenue = Path.Combine(_folder, "revenue.csv");
        var lines = File.ReadAllLines(revenue);
        lines[4] = "C-1001,crm-online,2026-13,12.5";
        lines[6] = "C-1001,crm-online,2026-02,12.345";
        File.WriteAllLines(revenue, lines);

        var run = CliRun.Of("evaluate", _folder, "--as-of", SampleExpectations.AsOf, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("revenue.csv:5: month:", run.Error);
        Assert.Contains("revenue.csv:7: net_new_revenue_usd:", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Bad_data_messages_are_japanese_with_lang_ja()
    {
        File.AppendAllText(Path.Combine(_folder, "partners.csv"), "P-9999,Nowhere Ltd,XX\n");
        var run = CliRun.Of("evaluate", _folder, "--lang", "ja");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("partners.csv:18: country:", run.Error);
        Assert.Contains("評価は行われませんでした", run.Error);
    }

    [Theory]
    [InlineData("--as-of", "2026-02-30")]
    [InlineData("--as-of", "25/11/2026")]
    [InlineData("--format", "xml")]
    [InlineData("--lang", "fr")]
    public void Bad_options_exit_2(string option, string value)
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error);
    }

    [Fact]
    public void Bad_options_are_explained_in_japanese_with_lang_ja()
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", "2026-02-30", "--lang", "ja");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of: '2026-02-30' は YYYY-MM-DD 形式の日付ではありません。", run.Error);
    }

    [Fact]
    public void An_unknown_partner_exits_2_and_says_which()
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--partner", "P-0000");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("P-0000", run.Error);
    }

    [Fact]
    public void A_missing_folder_exits_2()
    {
        var run = CliRun.Of("evaluate", Path.Combine(_folder, "nowhere"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Fact]
    public void An_import_of_a_missing_folder_exits_2_and_leaves_no_store_behind()
    {
        var store = Path.Combine(_folder, "store.db");
        var run = CliRun.Of("import", Path.Combine(_folder, "nowhere"), "--db", store);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nowhere", run.Error);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void An_import_with_a_broken_catalog_exits_2_names_the_field_and_leaves_no_store_behind()
    {
        var catalog = Path.Combine(_folder, "catalog.json");
        File.WriteAllText(catalog, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json")).Replace("\"developing\": 50000", "\"developping\": 50000", StringComparison.Ordinal));
        var store = Path.Combine(_folder, "store.db");
        var run = CliRun.Of("import", _folder, "--db", store, "--catalog", catalog);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("levels[0].requirements[0].thresholdsUsd.developing", run.Error);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void A_missing_file_exits_2_and_names_it()
    {
        File.Delete(Path.Combine(_folder, "dpor.csv"));
        var run = CliRun.Of("evaluate", _folder);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("dpor.csv", run.Error);
    }

    [Fact]
    public void A_broken_catalog_exits_2_and_names_the_field()
    {
        var catalog = Path.Combine(_folder, "catalog.json");
        File.WriteAllText(catalog, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json")).Replace("\"developing\": 50000", "\"developping\": 50000", StringComparison.Ordinal));
        var run = CliRun.Of("evaluate", CliRun.Samples, "--catalog", catalog);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("levels[0].requirements[0].thresholdsUsd.developing", run.Error);
    }

    [Fact]
    public void The_operator_can_replace_the_market_table()
    {
        var markets = Path.Combine(_folder, "markets.csv");
        File.WriteAllText(markets, "country,market\nUS,developed\nDE,developed\nJP,developed\nGB,developed\nAU,developed\nIN,developed\nBR,developing\nVN,developing\nZA,developing\n");
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", SampleExpectations.AsOf, "--format", "json", "--partner", "P-1004", "--markets", markets);
        Assert.Equal(0, run.ExitCode);
        var partner = Assert.Single(run.Json().EnumerateArray());
        Assert.Equal("developed", partner.GetProperty("market").GetString());
        Assert.Equal("none", partner.GetProperty("level").GetString());
    }
}
