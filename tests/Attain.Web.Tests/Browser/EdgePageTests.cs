using Attain.Web.Tests.Edges;
using Attain.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Attain.Web.Tests.Browser;

/// <summary>Issue 11, items 6 and 7 in a browser: the 404 page and an import's result, in English and Japanese, with screenshots.</summary>
public sealed class EdgePageTests(BrowserApplication app) : IClassFixture<BrowserApplication>
{
    [BrowserFact]
    public async Task A_missing_page_and_a_missing_partner_are_pages_in_both_languages()
    {
        var page = await SignInAsOperatorAsync("en-US");

        var missing = await page.GotoAsync("/no-such-page");
        Assert.Equal(404, missing!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await BrowserApplication.ScreenshotAsync(page, "not-found-en.png");

        await page.GotoAsync("/partners/P-9999?culture=ja");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ページが見つかりません");
        await Expect(page.Locator("main")).ToContainTextAsync("パートナー P-9999 はストアにありません");
        await BrowserApplication.ScreenshotAsync(page, "not-found-ja.png");
    }

    [BrowserFact]
    public async Task The_operator_sees_what_an_import_changed_in_both_languages()
    {
        var page = await SignInAsOperatorAsync("en-US");
        await ImportAsync(page);

        await Expect(page.Locator(".ok-box")).ToContainTextAsync("16 partners", new() { Timeout = 30_000 });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What the import changed" })).ToBeVisibleAsync();
        await Expect(page.Locator(".level-changes li")).ToHaveCountAsync(1);
        await Expect(page.Locator(".level-changes li")).ToContainTextAsync("P-1015");
        await Expect(page.Locator("main")).ToContainTextAsync("drop-2026-11.zip");
        await BrowserApplication.ScreenshotAsync(page, "import-result-en.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "日本語" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "レベルが変わったパートナー" })).ToBeVisibleAsync();
        await Expect(page.Locator(".level-changes li")).ToContainTextAsync("ゴールド");
        await BrowserApplication.ScreenshotAsync(page, "import-result-ja.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "P-1015" }).Or(page.Locator(".level-changes a")).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/partners/P-1015$"));
    }

    private async Task<IPage> SignInAsOperatorAsync(string language)
    {
        var page = await app.NewPageAsync(language);
        await page.GotoAsync("/signin");
        await page.GetByLabel("Program operator").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return page;
    }

    private static async Task ImportAsync(IPage page)
    {
        await page.GotoAsync("/import");
        using var zip = EdgesApplication.GoldForP1015();
        // The file as the browser would send it, named as the operator's drop; no file on disk to clean up.
        await page.GetByLabel("Zip file").SetInputFilesAsync(new FilePayload { Name = "drop-2026-11.zip", MimeType = "application/zip", Buffer = await zip.ReadAsByteArrayAsync() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
    }
}
