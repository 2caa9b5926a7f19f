namespace Attain.Cli.Tests;

public class EvaluateCsvTests
{
    [Fact]
    public void Csv_has_a_header_and_one_row_per_partner_with_language_neutral_figures()
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", SampleExpectations.AsOf, "--format", "csv", "--lang", "ja");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(17, lines.Length);
        Assert.StartsWith("partner_id,name,country,market,as_of,ttm_revenue_usd,level,", lines[0]);
        Assert.StartsWith("P-1001,\"Northwind Traders, Inc.\",US,developed,2026-11-25,425712.66,gold,", lines[1]);
    }
}
