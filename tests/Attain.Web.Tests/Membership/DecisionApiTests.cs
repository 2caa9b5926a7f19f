using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Membership;

/// <summary>Decisions that apply, each in an app of its own: recorded as the signed-in operator, and the read model's lists follow at once.</summary>
public sealed class DecisionApiTests
{
    [Fact]
    public async Task Approving_the_pending_demotion_applies_silver_from_today_and_empties_the_queue()
    {
        using var app = await StartAsync();
        var client = app.Operator();

        var decided = await ProblemJson.JsonAsync(await client.PostAsJsonAsync("/api/partners/P-1010/membership/approve", new { reason = "renewal window closed without a renewal" }));

        Assert.Equal(("approve", "operator", "2026-11-25"), (Text(decided, "kind"), Text(decided, "by"), Text(decided, "effectiveOn")));
        var membership = decided.GetProperty("membership");
        Assert.Equal(("silver", "2026-11-25", "2027-11-25"), (Text(membership, "heldLevel"), Text(membership, "attainedOn"), Text(membership, "anniversary")));
        Assert.Equal(JsonValueKind.Null, membership.GetProperty("pendingDemotion").ValueKind);
        var queue = await ProblemJson.JsonAsync(await client.GetAsync("/api/program/reminders?kind=demotionPending"));
        Assert.Equal(0, queue.GetProperty("total").GetInt32());
        Assert.Equal(0, queue.GetProperty("counts").GetProperty("demotionPending").GetInt32());
        // Approved once, the demotion is no longer pending: a second approval is refused.
        using var again = await client.PostAsJsonAsync("/api/partners/P-1010/membership/approve", new { reason = "twice" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Deferring_keeps_gold_until_the_deferral_ends_and_leaves_the_demotion_listed_as_deferred()
    {
        using var app = await StartAsync();
        var client = app.Operator();

        var decided = await ProblemJson.JsonAsync(await client.PostAsJsonAsync("/api/partners/P-1010/membership/defer", new { reason = "audit pending" }));

        Assert.Equal("2027-02-25", Text(decided, "until"));
        var membership = decided.GetProperty("membership");
        Assert.Equal("gold", Text(membership, "heldLevel"));
        Assert.Equal("2027-02-25", Text(membership.GetProperty("pendingDemotion"), "deferredUntil"));
        var listed = (await ProblemJson.JsonAsync(await client.GetAsync("/api/program/reminders?kind=demotionPending"))).GetProperty("items")[0];
        Assert.Equal("2027-02-25", Text(listed.GetProperty("pendingDemotion"), "deferredUntil"));
    }

    [Fact]
    public async Task An_override_lasts_3_months_by_default_and_a_revocation_ends_it()
    {
        using var app = await StartAsync();
        var client = app.Operator();

        var granted = await ProblemJson.JsonAsync(await client.PostAsJsonAsync("/api/partners/P-1004/membership/override", new { reason = "MB2-712 pass not yet recognised", level = "gold" }));

        Assert.Equal(("2026-11-25", "2027-02-25"), (Text(granted, "effectiveOn"), Text(granted, "until")));
        Assert.Equal("gold", Text(granted.GetProperty("membership"), "heldLevel"));
        var decision = granted.GetProperty("decision").GetInt64();
        var revoked = await ProblemJson.JsonAsync(await client.PostAsJsonAsync("/api/partners/P-1004/membership/revoke", new { reason = "recognised", @override = decision }));
        Assert.Equal("silver", Text(revoked.GetProperty("membership"), "heldLevel"));
        Assert.Equal(decision, revoked.GetProperty("override").GetInt64());
    }

    private static async Task<MembershipApplication> StartAsync()
    {
        var app = new MembershipApplication();
        await app.InitializeAsync();
        return app;
    }

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
