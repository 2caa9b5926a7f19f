using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Api;

/// <summary>An import that changes a partner's level: an app of its own, since it changes what other import tests expect.</summary>
public sealed class ImportHistoryTests(AttainWebApplication app) : IClassFixture<AttainWebApplication>
{
    [Fact]
    public async Task A_drop_that_changes_a_level_shows_in_history_with_the_requirement_that_flipped()
    {
        // P-1002 is short of Silver by 22,129.28 (samples/contoso/README.md): a larger 2026-10 figure for its customer closes the gap.
        var revenue = SampleZip.SampleText("revenue.csv").Replace("C-1003,crm-online,2026-10,6080.64", "C-1003,crm-online,2026-10,28209.92", StringComparison.Ordinal);

        var client = app.Operator();
        await JobPolling.FinishedAsync(client, client.PostAsync("/api/imports", SampleZip.Create(replace: new Dictionary<string, string> { ["revenue.csv"] = revenue })));

        var history = (await ProblemJson.JsonAsync(await app.Partner("P-1002").GetAsync("/api/partners/P-1002/history"))).EnumerateArray().ToList();
        Assert.Equal(["none", "silver"], history.Select(entry => entry.GetProperty("level").GetString()!).ToArray());
        var change = Assert.Single(history[1].GetProperty("changes").EnumerateArray(), change => change.GetProperty("level").GetString() == "silver");
        Assert.Equal("revenue", change.GetProperty("requirementId").GetString());
        Assert.Equal(100_000.00m, change.GetProperty("after").GetProperty("foundUsd").GetDecimal());
        var page = await app.Partner("P-1002").GetStringAsync("/partners/P-1002");
        Assert.Contains("US$77,870.72 of US$100,000.00", page, StringComparison.Ordinal);
        Assert.Contains("US$100,000.00 of US$100,000.00", page, StringComparison.Ordinal);
    }
}
