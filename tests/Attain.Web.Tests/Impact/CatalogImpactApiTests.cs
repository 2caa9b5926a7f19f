using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Impact;

/// <summary>
/// POST /api/program/catalog-impact (issue 13, item 3): the same use case as `attain catalog impact`, run in the
/// background and read at its Location; a bad proposal is a 400 naming the JSON path of every problem, in the
/// request's language; an oversized one is a 413; nothing is stored.
/// </summary>
[Collection(ApiFixture.Name)]
public sealed class CatalogImpactApiTests(AttainWebApplication app)
{
    private const string Api = "/api/program/catalog-impact";

    [Fact]
    public async Task A_proposal_lists_the_partners_whose_level_changes_with_counts_per_transition_and_stores_nothing()
    {
        var client = app.Operator();
        var before = await SnapshotCountAsync(client);

        var run = await FinishedAsync(client, Proposals.RaisedThresholds(), "asOf=2026-11-25");

        Assert.Equal("succeeded", run.GetProperty("state").GetString());
        Assert.Equal(16, run.GetProperty("total").GetInt64());
        Assert.Equal(
            [("silver", "none", 2), ("gold", "silver", 1)],
            run.GetProperty("transitions").EnumerateArray().Select(count => (count.GetProperty("fromLevel").GetString(), count.GetProperty("toLevel").GetString(), count.GetProperty("partners").GetInt32())));
        Assert.Equal(["P-1006", "P-1013", "P-1014"], Ids(run));
        var reason = Assert.Single(run.GetProperty("partners")[1].GetProperty("reasons").EnumerateArray().ToList());
        Assert.Equal(("gold", "revenue", true, false), (reason.GetProperty("level").GetString(), reason.GetProperty("requirementId").GetString(), reason.GetProperty("wasMet").GetBoolean(), reason.GetProperty("isMet").GetBoolean()));
        Assert.Equal(before, await SnapshotCountAsync(client));
    }

    [Fact]
    public async Task The_run_filters_by_transition_and_market_and_pages()
    {
        var client = app.Operator();
        var run = await FinishedAsync(client, Proposals.RaisedThresholds(), "asOf=2026-11-25");
        var location = $"{Api}/{run.GetProperty("id").GetString()}";

        var silverToNone = await ProblemJson.JsonAsync(await client.GetAsync($"{location}?fromLevel=silver&toLevel=none"));
        var developing = await ProblemJson.JsonAsync(await client.GetAsync($"{location}?market=developing"));
        var secondPage = await ProblemJson.JsonAsync(await client.GetAsync($"{location}?pageSize=2&page=2"));
        using var badMarket = await client.GetAsync($"{location}?market=emerging");

        Assert.Equal(["P-1006", "P-1014"], Ids(silverToNone));
        Assert.Equal(0, developing.GetProperty("matching").GetInt32());
        Assert.Equal(["P-1014"], Ids(secondPage));
        Assert.Equal(3, secondPage.GetProperty("matching").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, badMarket.StatusCode);
        Assert.Contains("market: 'emerging'", (await ProblemJson.ReadAsync(badMarket)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_proposal_is_a_400_naming_the_json_path_of_every_problem_in_english_and_japanese()
    {
        var document = Proposals.Shipped();
        document["versions"]![0]!["levels"]![0]!["requirements"]![0]!["thresholdsUsd"]!["developed"] = "a lot";
        document["versions"]![1]!["effectiveFrom"] = "2017-07-07";

        using var english = await PostAsync(app.Operator(), Proposals.Bytes(document), "culture=en");
        using var japanese = await PostAsync(app.Operator(), Proposals.Bytes(document), "culture=ja");

        Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
        var problems = (await ProblemJson.ReadAsync(english)).GetProperty("problems").EnumerateArray().Select(problem => problem.GetString()!).ToList();
        Assert.Contains("proposal.json: versions[0].levels[0].requirements[0].thresholdsUsd.developed: \"a lot\" is not a number of US dollars", problems);
        Assert.Contains(problems, problem => problem.StartsWith("proposal.json: versions[1].effectiveFrom: versions[0] also takes effect on 2017-07-07", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, japanese.StatusCode);
        Assert.Contains("\"a lot\" は米ドルの数値ではありません", (await ProblemJson.ReadAsync(japanese)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_bodies_are_refused_before_anything_runs()
    {
        var client = app.Operator();

        using var notJson = await PostAsync(client, "{\"versions\": [ {"u8.ToArray(), "");
        using var notUtf8 = await PostAsync(client, [0x7B, 0xFF, 0xFE, 0x7D], "");
        using var tooLarge = await PostAsync(client, new byte[(1024 * 1024) + 1], "");
        using var badDate = await PostAsync(client, Proposals.RaisedThresholds(), "asOf=2026-02-30");

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Contains("not valid catalog JSON", (await ProblemJson.ReadAsync(notJson)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notUtf8.StatusCode);
        Assert.Contains("not UTF-8", (await ProblemJson.ReadAsync(notUtf8)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
    }

    [Fact]
    public async Task A_proposal_whose_market_table_cannot_place_a_stored_partner_is_a_400_at_markets()
    {
        var document = Proposals.Shipped();
        ((System.Text.Json.Nodes.JsonObject)document["markets"]!).Remove("IN");

        using var response = await PostAsync(app.Operator(), Proposals.Bytes(document), "culture=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("proposal.json: markets: country IN of stored partners has no market", (await ProblemJson.ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_may_not_run_an_impact()
    {
        using var response = await PostAsync(app.Partner("P-1001"), Proposals.RaisedThresholds(), "");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    internal static async Task<JsonElement> FinishedAsync(HttpClient client, byte[] proposal, string query)
    {
        using var accepted = await PostAsync(client, proposal, query);
        var body = await accepted.Content.ReadAsStringAsync();
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"{(int)accepted.StatusCode}: {body}");
        var location = accepted.Headers.Location?.OriginalString;
        Assert.NotNull(location);
        Assert.StartsWith(Api + "/", location, StringComparison.Ordinal);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var run = await ProblemJson.JsonAsync(await client.GetAsync(location));
            if (run.GetProperty("state").GetString() != "running")
            {
                return run;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{location} did not finish in 30 seconds.");
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body, string query)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(query.Length == 0 ? Api : $"{Api}?{query}", content);
    }

    private static List<string?> Ids(JsonElement run) =>
        [.. run.GetProperty("partners").EnumerateArray().Select(partner => partner.GetProperty("partnerId").GetString())];

    /// <summary>Snapshots recorded in the store, read through the history of every partner the proposal moves.</summary>
    private static async Task<int> SnapshotCountAsync(HttpClient client)
    {
        var count = 0;
        foreach (var id in new[] { "P-1006", "P-1013", "P-1014" })
        {
            var history = await ProblemJson.JsonAsync(await client.GetAsync($"/api/partners/{id}/history"));
            count += history.GetArrayLength();
        }

        return count;
    }
}
