using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Attain.Tokens;
using Attain.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Attain.Web.Tests.Membership;

/// <summary>
/// The partner page's membership section and the dashboard's queue, reminders and at-risk list, in English and Japanese;
/// the one-click approval is a form that needs its antiforgery token, and a partner sees its pending demotion with no form.
/// </summary>
[Collection(MembershipFixture.Name)]
public sealed partial class MembershipPageTests(MembershipApplication app)
{
    [Fact]
    public async Task The_partner_page_says_why_the_level_is_at_risk_and_what_to_do()
    {
        var page = await app.Partner("P-1014").GetStringAsync("/partners/P-1014?culture=en");

        var section = Section(page);
        Assert.Contains("Holds Silver", section, StringComparison.Ordinal);
        Assert.Contains("anniversary Monday, October 25, 2027", section, StringComparison.Ordinal);
        Assert.Contains("renewed on Sunday, October 25, 2026", section, StringComparison.Ordinal);
        Assert.Contains("The renewal window opens in 334 days", section, StringComparison.Ordinal);
        Assert.Contains("Oliver Bennett (I-2051) leaves on Monday, February 1, 2027", section, StringComparison.Ordinal);
        Assert.Contains("What to do", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_partner_page_speaks_Japanese_too()
    {
        var page = await app.Partner("P-1014").GetStringAsync("/partners/P-1014?culture=ja");

        var section = Section(page);
        Assert.Contains("メンバーシップ", section, StringComparison.Ordinal);
        Assert.Contains("シルバー を保持", section, StringComparison.Ordinal);
        Assert.Contains("2027年2月1日月曜日 に退職予定", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_sees_its_pending_demotion_and_override_but_no_form_to_act()
    {
        var demoted = Section(await app.Partner("P-1010").GetStringAsync("/partners/P-1010?culture=en"));
        var overridden = Section(await app.Partner("P-1015").GetStringAsync("/partners/P-1015?culture=en"));

        Assert.Contains("Demotion pending since Wednesday, November 25, 2026: from Gold to Silver", demoted, StringComparison.Ordinal);
        Assert.Contains("Override: at least Gold from Tuesday, September 1, 2026 until Tuesday, December 1, 2026, granted by alice: MB2-712 pass not yet recognised", overridden, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", demoted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_lists_the_queue_the_reminders_and_the_levels_at_risk_with_counts_in_both_languages()
    {
        var english = await app.Operator().GetStringAsync("/dashboard?culture=en");
        var japanese = await app.Operator().GetStringAsync("/dashboard?culture=ja");
        var developing = await app.Operator().GetStringAsync("/dashboard?culture=en&market=developing");

        Assert.Contains("Demotions waiting for approval", english, StringComparison.Ordinal);
        Assert.Matches("<tr data-partner=\"P-1010\">[\\s\\S]*?handler=Approve", Between(english, "id=\"approval-queue\"", "</section>"));
        Assert.Contains("1 pending", english, StringComparison.Ordinal);
        Assert.Contains("Override ends within 30 days: <strong>1</strong>", english, StringComparison.Ordinal);
        Assert.Contains("1 leaving, the first on Monday, February 1, 2027", english, StringComparison.Ordinal);
        Assert.Contains("承認待ちの降格", japanese, StringComparison.Ordinal);
        Assert.Contains("3 か月延期", japanese, StringComparison.Ordinal);
        Assert.Contains("No demotion is pending.", developing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_without_the_antiforgery_token_is_400_and_changes_nothing()
    {
        var client = app.Operator();
        var before = await client.GetStringAsync("/api/program/reminders?pageSize=500");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["partner"] = "P-1010", ["reason"] = "forged" });

        using var response = await client.PostAsync("/dashboard?handler=Approve", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await client.GetStringAsync("/api/program/reminders?pageSize=500"));
    }

    [Fact]
    public async Task Approving_from_the_queue_records_the_signed_in_operator_and_empties_the_queue()
    {
        using var own = new MembershipApplication();
        await own.InitializeAsync();
        var client = own.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", own.Token(AttainClaims.OperatorRole));
        var dashboard = await client.GetStringAsync("/dashboard?culture=en&level=gold");
        var token = Antiforgery().Match(dashboard).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["partner"] = "P-1010", ["reason"] = "window closed", ["level"] = "gold", ["__RequestVerificationToken"] = token,
        });

        using var response = await client.PostAsync("/dashboard?handler=Approve&culture=en", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("level=gold", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var after = await client.GetStringAsync(response.Headers.Location!.OriginalString + "&culture=en");
        Assert.Contains("Demotion of P-1010 approved: it now holds Silver.", after, StringComparison.Ordinal);
        Assert.Contains("No demotion is pending.", after, StringComparison.Ordinal);
        var membership = await ProblemJson.JsonAsync(await own.Operator().GetAsync("/api/partners/P-1010/membership"));
        Assert.Equal("silver", membership.GetProperty("heldLevel").GetString());
        // Sent twice (a double click), the form is refused: nothing is pending any more.
        using var again = await client.PostAsync("/dashboard?handler=Approve&culture=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["partner"] = "P-1010", ["reason"] = "window closed", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Partner P-1010 has no pending demotion", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Section(string page) => Between(page, "id=\"membership-section\"", "</section>");

    private static string Between(string page, string start, string end)
    {
        var from = page.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"no {start} on the page");
        return page[from..page.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
