using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attain.Web.Tests.Browser;

/// <summary>
/// Membership in a browser, on the sample's history (samples/contoso/README.md, "Membership on 2026-11-25"): the partner's
/// section and the operator's approval queue in English and Japanese (screenshots), and a demotion approved through the form.
/// </summary>
public sealed class MembershipBrowserTests(MembershipBrowser browser) : IClassFixture<MembershipBrowser>
{
    private BrowserApplication App => browser.App;

    [BrowserFact]
    public async Task A_partner_reads_its_membership_at_risk_and_why_in_English_and_Japanese()
    {
        var page = await App.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Partner (one organisation)").CheckAsync();
        await page.GetByLabel("Partner organisation").SelectOptionAsync("P-1014");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var section = page.Locator("#membership-section");
        await Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Membership" })).ToBeVisibleAsync();
        await Expect(section.Locator(".held .badge")).ToHaveTextAsync("Holds Silver");
        await Expect(section.Locator(".at-risk .departure")).ToContainTextAsync("Oliver Bennett (I-2051) leaves on Monday, February 1, 2027");
        await Expect(section.GetByRole(AriaRole.Heading, new() { Name = "What to do" })).ToBeVisibleAsync();
        await section.ScrollIntoViewIfNeededAsync();
        await section.ScreenshotAsync(new() { Path = Path.Combine(BrowserApplication.ScreenshotFolder, "membership-en.png") });

        await page.GetByRole(AriaRole.Link, new() { Name = "日本語" }).ClickAsync();

        await Expect(section.GetByRole(AriaRole.Heading, new() { Name = "メンバーシップ" })).ToBeVisibleAsync();
        await Expect(section.Locator(".held .badge")).ToHaveTextAsync("シルバー を保持");
        await Expect(section.Locator(".at-risk .departure")).ToContainTextAsync("退職予定");
        await section.ScreenshotAsync(new() { Path = Path.Combine(BrowserApplication.ScreenshotFolder, "membership-ja.png") });
    }

    [BrowserFact]
    public async Task The_operator_approves_the_pending_demotion_from_the_queue()
    {
        var page = await App.NewPageAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Program operator").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var queue = page.Locator("#approval-queue");
        var row = queue.Locator("tr[data-partner='P-1010']");
        await Expect(queue.GetByRole(AriaRole.Heading, new() { Name = "Demotions waiting for approval" })).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Woodgrove Advisory, Inc.");
        await Expect(page.Locator("#reminders-list tr[data-partner='P-1015']")).ToContainTextAsync("Override ends within 30 days");
        await queue.ScrollIntoViewIfNeededAsync();
        await BrowserApplication.ScreenshotAsync(page, "queue-en.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "日本語" }).ClickAsync();
        await Expect(queue.GetByRole(AriaRole.Heading, new() { Name = "承認待ちの降格" })).ToBeVisibleAsync();
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "承認" })).ToBeVisibleAsync();
        await BrowserApplication.ScreenshotAsync(page, "queue-ja.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.GetByLabel("Level", new() { Exact = true }).SelectOptionAsync("gold");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();

        await Expect(page.Locator(".decided")).ToHaveTextAsync("Demotion of P-1010 approved: it now holds Silver.");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("level=gold"));
        await Expect(queue).ToContainTextAsync("No demotion is pending.");
        await BrowserApplication.ScreenshotAsync(page, "queue-approved.png");
    }
}
