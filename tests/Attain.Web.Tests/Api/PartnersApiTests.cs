using System.Net;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Api;

[Collection(ApiFixture.Name)]
public sealed class PartnersApiTests(AttainWebApplication app)
{
    [Fact]
    public async Task Operator_lists_every_partner_with_the_samples_levels()
    {
        var page = await ProblemJson.JsonAsync(await app.Operator().GetAsync("/api/partners"));

        Assert.Equal(SampleZip.Partners, page.GetProperty("total").GetInt32());
        Assert.Equal("2026-11-25", page.GetProperty("asOf").GetString());
        var levels = page.GetProperty("items").EnumerateArray().ToDictionary(item => item.GetProperty("partnerId").GetString()!, item => item.GetProperty("level").GetString());
        Assert.Equal("gold", levels["P-1001"]);
        Assert.Equal("none", levels["P-1002"]);
        Assert.Equal("silver", levels["P-1014"]);
    }

    [Theory]
    [InlineData("level=gold", new[] { "P-1001", "P-1005", "P-1012", "P-1013" })]
    [InlineData("market=developing&level=silver", new[] { "P-1004", "P-1007", "P-1011" })]
    [InlineData("atRisk=true", new[] { "P-1006", "P-1013", "P-1014" })]
    [InlineData("search=p-101", new[] { "P-1010", "P-1011", "P-1012", "P-1013", "P-1014", "P-1015", "P-1016" })]
    [InlineData("search=northwind", new[] { "P-1001" })]
    public async Task Filters_pick_the_partners_that_match(string query, string[] expected)
    {
        var page = await ProblemJson.JsonAsync(await app.Operator().GetAsync($"/api/partners?{query}"));

        Assert.Equal(expected, page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("partnerId").GetString()!).ToArray());
    }

    [Fact]
    public async Task Pages_split_the_list_in_partner_order()
    {
        var page = await ProblemJson.JsonAsync(await app.Operator().GetAsync("/api/partners?page=2&pageSize=10"));

        Assert.Equal(SampleZip.Partners, page.GetProperty("total").GetInt32());
        Assert.Equal(["P-1011", "P-1012", "P-1013", "P-1014", "P-1015", "P-1016"], page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("partnerId").GetString()!).ToArray());
    }

    [Theory]
    [InlineData("/api/partners?level=platinum", "level")]
    [InlineData("/api/partners?market=emerging", "market")]
    [InlineData("/api/partners?atRisk=maybe", "atRisk")]
    [InlineData("/api/partners?page=0", "page")]
    [InlineData("/api/partners?pageSize=100000", "pageSize")]
    [InlineData("/api/partners?asOf=2026-02-30", "asOf")]
    [InlineData("/api/partners/P-1001/evaluation?asOf=yesterday", "asOf")]
    [InlineData("/api/partners/P-1001/evaluation?lang=fr", "lang")]
    [InlineData("/api/program/summary?asOf=2026-1-1", "asOf")]
    public async Task A_bad_query_value_is_a_400_problem_naming_it(string url, string parameter)
    {
        var response = await app.Operator().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemJson.ReadAsync(response);
        Assert.StartsWith($"{parameter}:", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_gets_its_own_summary()
    {
        var partner = await ProblemJson.JsonAsync(await app.Partner("P-1014").GetAsync("/api/partners/P-1014"));

        Assert.Equal("silver", partner.GetProperty("level").GetString());
        Assert.Equal(148240.26m, partner.GetProperty("ttmRevenueUsd").GetDecimal());
        Assert.True(partner.GetProperty("atRisk").GetBoolean());
    }

    [Fact]
    public async Task An_unknown_partner_is_a_404_problem()
    {
        var response = await app.Operator().GetAsync("/api/partners/P-9999/evaluation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("P-9999", (await ProblemJson.ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evaluation_has_checklist_slots_plan_and_lapse_in_the_asked_language()
    {
        var body = await ProblemJson.JsonAsync(await app.Partner("P-1014").GetAsync("/api/partners/P-1014/evaluation?lang=ja"));

        var evaluation = body.GetProperty("evaluation");
        Assert.Equal("silver", evaluation.GetProperty("level").GetString());
        // samples/contoso/README.md: I-2051 leaves on 2027-02-01, which breaks the exam requirement that day.
        Assert.Equal("2027-02-01", evaluation.GetProperty("lapse").GetProperty("on").GetString());
        Assert.Equal("gold", evaluation.GetProperty("plan").GetProperty("level").GetString());
        Assert.Contains(evaluation.GetProperty("levels")[0].GetProperty("requirements").EnumerateArray(), requirement => requirement.GetProperty("kind").GetString() == "examSlots");
        Assert.Equal("ja", body.GetProperty("language").GetString());
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}|\p{IsHiragana}|\p{IsKatakana}", body.GetProperty("explanation").GetProperty("headline").GetString());
    }

    [Fact]
    public async Task The_as_of_date_moves_the_verdict()
    {
        // samples/contoso/README.md: I-2040's deployment exam is dated 2026-12-03: Gold as of that day.
        var before = await ProblemJson.JsonAsync(await app.Operator().GetAsync("/api/partners/P-1011/evaluation"));
        var after = await ProblemJson.JsonAsync(await app.Operator().GetAsync("/api/partners/P-1011/evaluation?asOf=2026-12-03&lang=en"));

        Assert.Equal("silver", before.GetProperty("evaluation").GetProperty("level").GetString());
        Assert.Equal("gold", after.GetProperty("evaluation").GetProperty("level").GetString());
    }

    [Fact]
    public async Task History_lists_the_snapshot_taken_when_the_store_was_seeded()
    {
        var history = await ProblemJson.JsonAsync(await app.Partner("P-1001").GetAsync("/api/partners/P-1001/history"));

        var entry = Assert.Single(history.EnumerateArray());
        Assert.Equal("gold", entry.GetProperty("level").GetString());
        Assert.Equal("2026-11-25", entry.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Summary_counts_partners_per_level_and_market_and_lists_the_lapses_of_the_next_90_days()
    {
        var summary = await ProblemJson.JsonAsync(await app.Operator().GetAsync("/api/program/summary"));

        Assert.Equal(SampleZip.Partners, summary.GetProperty("byLevelAndMarket").EnumerateArray().Sum(count => count.GetProperty("partners").GetInt32()));
        var goldDeveloping = summary.GetProperty("byLevelAndMarket").EnumerateArray()
            .Single(count => count.GetProperty("level").GetString() == "gold" && count.GetProperty("market").GetString() == "developing");
        Assert.Equal(1, goldDeveloping.GetProperty("partners").GetInt32());
        var lapses = summary.GetProperty("lapsesNext90Days").EnumerateArray().Select(lapse => (lapse.GetProperty("partnerId").GetString(), lapse.GetProperty("on").GetString())).ToList();
        Assert.Equal([("P-1013", "2027-01-01"), ("P-1006", "2027-02-01"), ("P-1014", "2027-02-01")], lapses);
    }

    [Fact]
    public async Task Health_and_the_OpenAPI_document_need_no_sign_in()
    {
        var anonymous = app.Anonymous();

        Assert.Equal("Healthy", await anonymous.GetStringAsync("/health"));
        var document = await anonymous.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/partners/{id}/what-if", document, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/scalar/v1")).StatusCode);
    }
}
