using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attain.Web.Tests.Browser;

/// <summary>
/// Issue 11, item 5: every page works on a 390 px phone as on a desktop, in English and Japanese — nothing wider than
/// the screen, checklist cards within it, the header across it, chart labels legible — with a screenshot of each.
/// </summary>
public sealed partial class PhoneTests(BrowserApplication app) : IClassFixture<BrowserApplication>
{
    public static TheoryData<string, int> Screens => new() { { "en", 1280 }, { "en", 390 }, { "ja", 1280 }, { "ja", 390 } };

    [BrowserTheory]
    [MemberData(nameof(Screens))]
    public async Task The_partner_page_fits_the_screen(string language, int width)
    {
        var page = await SignInAsync(language, width, "P-1014");

        await Expect(page.Locator("#lapse")).ToContainTextAsync("I-2051");
        await AssertFitsAsync(page);
        // Checklist cards inside the screen; the header as wide as the page.
        foreach (var card in await page.Locator(".levels .card").AllAsync())
        {
            var box = (await card.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= width + 0.5, $"a checklist card runs from {box.X} to {box.X + box.Width} on a {width} px screen");
        }

        var header = (await page.Locator("header.top").BoundingBoxAsync())!;
        Assert.Equal(width, header.Width, 1);
        // Chart labels at least 10 px tall as drawn (a phone draws them larger in the chart, which it scales down to fit).
        var tick = (await page.Locator(".chart text.tick").First.BoundingBoxAsync())!;
        Assert.True(tick.Height >= 10, $"a chart label is {tick.Height} px tall");
        await BrowserApplication.ScreenshotAsync(page, $"partner-{language}-{width}.png");
        await BrowserApplication.ScreenshotAsync(page, $"partner-{language}-{width}-screen.png", fullPage: false);
    }

    [BrowserTheory]
    [MemberData(nameof(Screens))]
    public async Task The_dashboard_fits_the_screen(string language, int width)
    {
        var page = await SignInAsync(language, width, partner: null);

        await Expect(page.Locator("table.partners tbody tr")).ToHaveCountAsync(16);
        await AssertFitsAsync(page);
        var row = (await page.Locator("table.partners tbody tr").First.BoundingBoxAsync())!;
        Assert.True(row.X + row.Width <= width + 0.5, $"a partner row ends at {row.X + row.Width} on a {width} px screen");
        await BrowserApplication.ScreenshotAsync(page, $"dashboard-{language}-{width}.png");
        await BrowserApplication.ScreenshotAsync(page, $"dashboard-{language}-{width}-screen.png", fullPage: false);
    }

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("ja")]
    public async Task Every_other_page_fits_a_phone(string language)
    {
        var anonymous = await app.NewPageAsync(language == "ja" ? "ja-JP" : "en-US", 390);
        await anonymous.GotoAsync($"/signin?culture={language}");
        await AssertFitsAsync(anonymous);

        var partner = await SignInAsync(language, 390, "P-1006");
        await partner.GotoAsync("/partners/P-1006?try=next#what-if");
        await Expect(partner.Locator("#what-if-result > h3 .badge")).ToHaveTextAsync(language == "ja" ? "ゴールド" : "Gold");
        await partner.Locator("details.by-customer summary").ClickAsync();
        await AssertFitsAsync(partner);
        await BrowserApplication.ScreenshotAsync(partner, $"what-if-{language}-390.png");

        var operatorPage = await SignInAsync(language, 390, partner: null);
        foreach (var path in new[] { "/import", "/partners/P-1013", "/denied" })
        {
            await operatorPage.GotoAsync(path);
            await AssertFitsAsync(operatorPage);
        }
    }

    // A phone browser widens its layout viewport to content that does not fit, so the window must also be the screen's width.
    private static async Task AssertFitsAsync(IPage page)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        var screen = page.ViewportSize!.Width;
        if (sizes[0] <= sizes[1] && sizes[1] == screen)
        {
            return;
        }

        // Name the widest offenders, so a failure says what to fix.
        var wide = await page.EvaluateAsync<string[]>(
            "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 0.5 && !e.closest('.scroll, .chart-frame'))" +
            ".slice(-5).map(e => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)",
            screen);
        Assert.Fail($"{page.Url} is {sizes[0]} px wide, its window {sizes[1]} px, on a {screen} px screen: {string.Join("; ", wide)}");
    }

    private async Task<IPage> SignInAsync(string language, int width, string? partner)
    {
        var page = await app.NewPageAsync("en-US", width);
        await page.GotoAsync("/signin");
        if (partner is null)
        {
            await page.GetByLabel("Program operator").CheckAsync();
        }
        else
        {
            await page.GetByLabel("Partner (one organisation)").CheckAsync();
            await page.GetByLabel("Partner organisation").SelectOptionAsync(partner);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(partner is null ? Dashboard() : new Regex($"/partners/{partner}$"));
        if (language == "ja")
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "日本語" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ja");
        }

        return page;
    }

    [GeneratedRegex("/dashboard$")]
    private static partial Regex Dashboard();
}
