using System.Net;
using System.Net.Http.Headers;
using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Pages;

/// <summary>The request culture comes from ?culture=, the language cookie, or Accept-Language; texts, dates and messages follow it.</summary>
[Collection(ApiFixture.Name)]
public sealed class LanguageTests(AttainWebApplication app)
{
    [Fact]
    public async Task Accept_Language_ja_gives_the_page_in_Japanese_with_Japanese_dates()
    {
        var client = app.Partner("P-1014");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("ja"));

        var page = await client.GetStringAsync("/partners/P-1014");

        Assert.Contains("<html lang=\"ja\">", page, StringComparison.Ordinal);
        Assert.Contains("チェックリスト", page, StringComparison.Ordinal);
        Assert.Contains("2026年11月25日", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_culture_query_wins_over_Accept_Language()
    {
        var client = app.Partner("P-1014");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("ja"));

        var page = await client.GetStringAsync("/partners/P-1014?culture=en");

        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("Checklist", page, StringComparison.Ordinal);
        Assert.Contains("November 25, 2026", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_switch_sets_a_cookie_and_returns_to_the_page()
    {
        var response = await app.Anonymous().GetAsync("/culture/ja?returnUrl=%2Fpartners%2FP-1014");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/partners/P-1014", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), cookie => cookie.Contains("c%3Dja%7Cuic%3Dja", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_language_switch_never_redirects_off_site()
    {
        var response = await app.Anonymous().GetAsync("/culture/en?returnUrl=%2F%2Fevil.example%2F");

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Problems_with_an_import_are_told_in_the_request_language()
    {
        var partners = SampleZip.SampleText("partners.csv").Replace("P-1002,Wingtip Consulting GmbH,DE", "P-1002,Wingtip Consulting GmbH,XX", StringComparison.Ordinal);

        var response = await app.Operator().PostAsync("/api/imports?culture=ja", SampleZip.Create(replace: new Dictionary<string, string> { ["partners.csv"] = partners }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = Assert.Single((await ProblemJson.ReadAsync(response)).GetProperty("problems").EnumerateArray()).GetString();
        Assert.StartsWith("partners.csv:3: country:", problem, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsHiragana}|\p{IsKatakana}|\p{IsCJKUnifiedIdeographs}", problem);
    }
}
