using System.Globalization;
using System.Text.Json;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Api;

/// <summary>
/// "At risk" is a level that lapses within 90 days of the as-of date (README, dashboard and summary): exactly 90 days
/// ahead is at risk, 89 is, 91 is not. P-1001's Gold lapses on 2027-04-01 (samples/contoso/README.md), which is
/// 90 days after 2027-01-01 (31 + 28 + 31), and it stays that date for as-of dates around then: the samples have
/// no revenue after 2026-10 that a later as-of date would bring in. Lists read the stored evaluation, so each test
/// evaluates the program as of its date first, in an app and store of its own.
/// </summary>
public sealed class AtRiskBoundaryTests
{
    private static readonly DateOnly Lapse = new(2027, 4, 1);

    [Theory]
    [InlineData(91, false)]
    [InlineData(90, true)]
    [InlineData(89, true)]
    public async Task A_level_lapsing_within_90_days_is_at_risk_in_the_list_and_the_summary(int daysAhead, bool atRisk)
    {
        var asOf = Lapse.AddDays(-daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var app = new AttainWebApplication();
        var client = app.Operator();
        var job = await JobPolling.FinishedAsync(client, client.PostAsync($"/api/program/evaluations?asOf={asOf}", null));
        Assert.Equal("succeeded", job.GetProperty("state").GetString());

        var listed = (await ProblemJson.JsonAsync(await client.GetAsync($"/api/partners?asOf={asOf}&search=P-1001"))).GetProperty("items").EnumerateArray()
            .Single(partner => partner.GetProperty("partnerId").GetString() == "P-1001");
        var summary = await ProblemJson.JsonAsync(await client.GetAsync($"/api/program/summary?asOf={asOf}"));

        Assert.Equal("gold", listed.GetProperty("level").GetString());
        Assert.Equal("2027-04-01", listed.GetProperty("lapseOn").GetString());
        Assert.Equal(atRisk, listed.GetProperty("atRisk").GetBoolean());
        Assert.Equal(atRisk, Ids(summary, "lapsesNext90Days").Contains("P-1001"));
        // The summary counts the partners at risk; the list filtered on at-risk names them, P-1001 among them or not.
        var atRiskList = await ProblemJson.JsonAsync(await client.GetAsync($"/api/partners?asOf={asOf}&atRisk=true&pageSize=500"));
        Assert.Equal(summary.GetProperty("atRisk").GetInt32(), atRiskList.GetProperty("total").GetInt32());
        Assert.Equal(atRisk, Ids(atRiskList, "items").Contains("P-1001"));
    }

    private static List<string?> Ids(JsonElement summary, string list) =>
        [.. summary.GetProperty(list).EnumerateArray().Select(partner => partner.GetProperty("partnerId").GetString())];
}
