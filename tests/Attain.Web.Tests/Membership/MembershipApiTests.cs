using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Membership;

/// <summary>
/// GET /api/partners/{id}/membership, GET /api/program/reminders and the decisions that are refused: each answers a
/// problem naming the field, and nothing changes (the membership and the reminders are the same afterwards).
/// </summary>
[Collection(MembershipFixture.Name)]
public sealed class MembershipApiTests(MembershipApplication app)
{
    [Fact]
    public async Task A_partner_reads_its_own_membership_with_the_pending_demotion_it_cannot_act_on()
    {
        var membership = await ProblemJson.JsonAsync(await app.Partner("P-1010").GetAsync("/api/partners/P-1010/membership"));

        Assert.Equal(("gold", "2025-10-25", "2026-10-25"), (Text(membership, "heldLevel"), Text(membership, "attainedOn"), Text(membership, "anniversary")));
        var pending = membership.GetProperty("pendingDemotion");
        Assert.Equal(("gold", "silver", "2026-11-25"), (Text(pending, "from"), Text(pending, "to"), Text(pending, "dueSince")));
        Assert.Equal(["demotionPending"], membership.GetProperty("reminders").EnumerateArray().Select(reminder => Text(reminder, "kind")));
    }

    [Fact]
    public async Task The_membership_of_a_partner_at_risk_names_the_departure_and_the_failing_requirements()
    {
        var membership = await ProblemJson.JsonAsync(await app.Operator().GetAsync("/api/partners/P-1014/membership?asOf=2026-11-25"));

        var risk = membership.GetProperty("atRiskDetail");
        Assert.True(membership.GetProperty("atRisk").GetBoolean());
        Assert.Equal("I-2051", Text(risk.GetProperty("departures")[0], "individualId"));
        Assert.Equal("2027-02-01", Text(risk.GetProperty("departures")[0], "leavesOn"));
        Assert.Contains("exams", risk.GetProperty("failingRequirements").EnumerateArray().Select(requirement => requirement.GetString()));
    }

    [Theory]
    [InlineData("/api/partners/P-9999/membership", HttpStatusCode.NotFound, null)]
    [InlineData("/api/partners/P-1001/membership?asOf=2026-02-30", HttpStatusCode.BadRequest, "asOf:")]
    [InlineData("/api/program/reminders?kind=soon", HttpStatusCode.BadRequest, "kind: 'soon' is not one of anniversaryAhead,")]
    [InlineData("/api/program/reminders?level=platinum", HttpStatusCode.BadRequest, "level:")]
    [InlineData("/api/program/reminders?market=emerging", HttpStatusCode.BadRequest, "market:")]
    [InlineData("/api/program/reminders?pageSize=0", HttpStatusCode.BadRequest, "pageSize:")]
    [InlineData("/api/program/reminders?asOf=2026-11-24", HttpStatusCode.Conflict, "The stored evaluation is as of 2026-11-25")]
    public async Task A_bad_query_is_a_problem_naming_the_value(string url, HttpStatusCode status, string? detail)
    {
        using var response = await app.Operator().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var problem = await ProblemJson.ReadAsync(response);
        if (detail is not null)
        {
            Assert.StartsWith(detail, Text(problem, "detail"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reminders_list_each_kind_on_the_stored_date_with_counts_filters_and_pages()
    {
        var client = app.Operator();

        var all = await ProblemJson.JsonAsync(await client.GetAsync("/api/program/reminders"));

        Assert.Equal("2026-11-25", Text(all, "asOf"));
        var kinds = all.GetProperty("items").EnumerateArray().ToDictionary(item => Text(item, "partnerId"), item => item.GetProperty("reminders").EnumerateArray().Select(reminder => Text(reminder, "kind")).ToList());
        Assert.Equal(["demotionPending"], kinds["P-1010"]);
        Assert.Equal(["overrideExpiring"], kinds["P-1015"]);
        var counts = all.GetProperty("counts");
        Assert.Equal((1, 1), (counts.GetProperty("demotionPending").GetInt32(), counts.GetProperty("overrideExpiring").GetInt32()));
        Assert.Equal(kinds.Count, all.GetProperty("total").GetInt32());

        var queue = await ProblemJson.JsonAsync(await client.GetAsync("/api/program/reminders?kind=demotionPending&level=gold&market=developed"));
        Assert.Equal(["P-1010"], queue.GetProperty("items").EnumerateArray().Select(item => Text(item, "partnerId")));
        var developing = await ProblemJson.JsonAsync(await client.GetAsync("/api/program/reminders?market=developing"));
        Assert.DoesNotContain(developing.GetProperty("items").EnumerateArray(), item => Text(item, "market") != "developing");
        Assert.Equal(0, developing.GetProperty("counts").GetProperty("demotionPending").GetInt32());

        var second = await ProblemJson.JsonAsync(await client.GetAsync("/api/program/reminders?pageSize=1&page=2"));
        Assert.Equal(Text(all.GetProperty("items")[1], "partnerId"), Text(second.GetProperty("items")[0], "partnerId"));
    }

    [Theory]
    [InlineData("P-9999", "approve", """{"reason":"r"}""", HttpStatusCode.NotFound, "Partner 'P-9999' is not in the store.")]
    [InlineData("P-1004", "approve", """{"reason":"not pending"}""", HttpStatusCode.BadRequest, "id: partner 'P-1004' has no pending demotion on 2026-11-25")]
    [InlineData("P-1004", "defer", """{"reason":"not pending"}""", HttpStatusCode.BadRequest, "id: partner 'P-1004' has no pending demotion")]
    [InlineData("P-1004", "override", """{"reason":"r","level":"gold","on":"2026-12-01","until":"2026-11-30"}""", HttpStatusCode.BadRequest, "until: 2026-11-30 is not after the day the decision takes effect (2026-12-01)")]
    [InlineData("P-1004", "override", """{"reason":"r","level":"gold","on":"2026-12-01","until":"2027-12-02"}""", HttpStatusCode.BadRequest, "until: 2027-12-02 is more than 12 months after 2026-12-01")]
    [InlineData("P-1004", "override", """{"reason":"r","level":"platinum"}""", HttpStatusCode.BadRequest, "level: 'platinum' is not one of silver, gold")]
    [InlineData("P-1004", "override", """{"reason":"r"}""", HttpStatusCode.BadRequest, "level: an override names the level")]
    [InlineData("P-1004", "override", """{"reason":"r","level":"gold","until":"next year"}""", HttpStatusCode.BadRequest, "until: 'next year' is not a date")]
    [InlineData("P-1004", "override", """{"reason":"  ","level":"gold"}""", HttpStatusCode.BadRequest, "reason: say why")]
    [InlineData("P-1010", "approve", "", HttpStatusCode.BadRequest, "reason: say why")]
    [InlineData("P-1015", "revoke", """{"reason":"r","override":99}""", HttpStatusCode.BadRequest, "override: partner 'P-1015' has no override recorded as decision 99")]
    [InlineData("P-1015", "revoke", """{"reason":"r"}""", HttpStatusCode.BadRequest, "override: name the override")]
    public async Task A_bad_decision_is_a_problem_naming_the_field_and_changes_nothing(string partner, string kind, string body, HttpStatusCode status, string detail)
    {
        var client = app.Operator();
        var before = await StateAsync(client, partner);

        using var response = await client.PostAsync($"/api/partners/{partner}/membership/{kind}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.StartsWith(detail, Text(await ProblemJson.ReadAsync(response), "detail"), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(client, partner));
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("defer")]
    [InlineData("override")]
    [InlineData("revoke")]
    public async Task A_partner_token_cannot_decide_even_on_its_own_membership(string kind)
    {
        var client = app.Operator();
        var before = await StateAsync(client, "P-1010");

        using var response = await app.Partner("P-1010").PostAsJsonAsync($"/api/partners/P-1010/membership/{kind}", new { reason = "mine", level = "gold", @override = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await StateAsync(client, "P-1010"));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_membership_route_with_its_problems()
    {
        var paths = (await ProblemJson.JsonAsync(await app.Anonymous().GetAsync("/openapi/v1.json"))).GetProperty("paths");

        foreach (var (path, method) in new[] { ("/api/partners/{id}/membership", "get"), ("/api/program/reminders", "get"), ("/api/partners/{id}/membership/approve", "post"),
                     ("/api/partners/{id}/membership/defer", "post"), ("/api/partners/{id}/membership/override", "post"), ("/api/partners/{id}/membership/revoke", "post") })
        {
            var operation = paths.EnumerateObject().Single(candidate => candidate.Name.TrimEnd('/') == path).Value.GetProperty(method);
            var responses = operation.GetProperty("responses").EnumerateObject().Select(response => response.Name).ToHashSet();
            Assert.True(responses.IsSupersetOf(path.EndsWith("reminders", StringComparison.Ordinal) ? ["200", "400", "401", "403"] : ["200", "400", "401", "403", "404"]), $"{method} {path}: {string.Join(", ", responses)}");
        }
    }

    /// <summary>The partner's membership and the whole reminders list: what a decision would change.</summary>
    private static async Task<string> StateAsync(HttpClient client, string partner)
    {
        using var membership = await client.GetAsync($"/api/partners/{partner}/membership");
        var reminders = await client.GetStringAsync("/api/program/reminders?pageSize=500");
        // A problem's traceId differs between two requests: its status is what must not change.
        return (int)membership.StatusCode + (membership.IsSuccessStatusCode ? await membership.Content.ReadAsStringAsync() : string.Empty) + reminders;
    }

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
