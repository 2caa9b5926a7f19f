using System.Text.Json;

namespace Attain.Cli.Tests;

/// <summary>
/// SPEC §5 through the command line on the sample: each partner's JSON names the catalog version it was evaluated
/// under, and P-1016 holds Silver only through MB2-709, which counts until 2018-12-31 and not a day longer.
/// </summary>
public class CatalogVersionTests
{
    [Theory]
    [InlineData("2017-07-06", "2017-07-07")] // before the first version: the first applies
    [InlineData("2017-12-14", "2017-07-07")]
    [InlineData("2017-12-15", "2017-12-15")]
    [InlineData(SampleExpectations.AsOf, "2017-12-15")]
    public void Every_partner_in_the_json_names_the_catalog_version_in_force_on_the_as_of_date(string asOf, string version)
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", asOf, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var partners = run.Json().EnumerateArray().ToList();
        Assert.Equal(16, partners.Count);
        Assert.All(partners, partner => Assert.Equal(version, partner.GetProperty("catalogVersion").GetString()));
    }

    [Theory]
    [InlineData("2018-06-15", "silver")]
    [InlineData("2018-12-31", "silver")] // the last day MB2-709 is accepted
    [InlineData("2019-01-01", "none")]
    public void A_partner_holding_silver_only_through_MB2_709_loses_it_after_2018_12_31(string asOf, string level)
    {
        var partner = P1016(asOf);

        Assert.Equal(level, partner.GetProperty("level").GetString());
    }

    [Fact]
    public void The_lapse_forecast_of_that_silver_ends_on_the_day_after_MB2_709_stops_being_accepted()
    {
        var lapse = P1016("2018-06-15").GetProperty("lapse");

        Assert.Equal("2019-01-01", lapse.GetProperty("on").GetString());
        Assert.Equal("exams", lapse.GetProperty("requirementId").GetString());
    }

    [Fact]
    public void The_checklist_marks_a_retired_exam_with_its_acceptance_date_in_english_and_japanese()
    {
        var english = CliRun.Of("evaluate", CliRun.Samples, "--as-of", "2018-06-15", "--partner", "P-1016");
        var japanese = CliRun.Of("evaluate", CliRun.Samples, "--as-of", "2018-06-15", "--partner", "P-1016", "--lang", "ja");

        Assert.Contains("MB2-709 (retired on 2017-12-31, accepted until 2018-12-31)", english.Output);
        Assert.Contains("The plan leaves out MB2-709", english.Output);
        Assert.Contains("MB2-709 (2017-12-31 に廃止, 2018-12-31 まで有効)", japanese.Output);
    }

    private static JsonElement P1016(string asOf)
    {
        var run = CliRun.Of("evaluate", CliRun.Samples, "--as-of", asOf, "--format", "json", "--partner", "P-1016");
        Assert.Equal(0, run.ExitCode);
        return Assert.Single(run.Json().EnumerateArray().ToList());
    }
}
