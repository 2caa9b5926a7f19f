using System.Net;
using System.Net.Http.Headers;
using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Edges;

/// <summary>Issue 11, item 6: no raw edges — HTML error pages in the user's language outside /api, problems inside it, a favicon, role names in words.</summary>
[Collection(ApiFixture.Name)]
public sealed class StatusPageTests(AttainWebApplication app)
{
    [Theory]
    [InlineData("en", "Page not found", "<html lang=\"en\">")]
    [InlineData("ja", "ページが見つかりません", "<html lang=\"ja\">")]
    public async Task A_page_that_does_not_exist_is_an_HTML_page_in_the_users_language(string language, string title, string html)
    {
        var client = await CookieSignIn.AsPartnerAsync(app, "P-1014");
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));

        using var response = await client.GetAsync("/no-such-page");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(html, page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{title}</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_that_does_not_exist_is_an_HTML_page_naming_it_while_the_API_answers_a_problem()
    {
        var client = app.Operator();

        using var page = await client.GetAsync("/partners/P-9999?culture=ja");
        using var api = await client.GetAsync("/api/partners/P-9999");
        using var nowhere = await client.GetAsync("/api/no-such-endpoint");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("パートナー P-9999 はストアにありません", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
        Assert.Equal("application/problem+json", nowhere.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_favicon_is_served_to_anyone_and_every_page_links_it()
    {
        using var icon = await app.Anonymous().GetAsync("/favicon.svg");
        var signIn = await app.Anonymous().GetStringAsync("/signin");

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await icon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\" />", signIn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Signed in as the program operator")]
    [InlineData("ja", "プログラム運営者 としてサインイン中")]
    public async Task The_header_names_the_operators_role_in_words_of_the_page_language(string culture, string expected)
    {
        var page = await app.Operator().GetStringAsync($"/dashboard?culture={culture}");

        Assert.Contains(expected, page, StringComparison.Ordinal);
        Assert.DoesNotContain("operator としてサインイン中", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_that_is_not_a_zip_is_told_in_the_request_language_without_the_exceptions_text()
    {
        using var body = new ByteArrayContent("partner_id,name,country\nP-1,A,US\n"u8.ToArray());

        using var response = await app.Operator().PostAsync("/api/imports?culture=ja", body);
        var problem = Assert.Single((await ProblemJson.ReadAsync(response)).GetProperty("problems").EnumerateArray()).GetString()!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("zip: アップロードされたファイルは zip ファイルではありません", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Central Directory", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_in_the_dashboard_table_are_ISO_and_sentences_on_a_page_spell_them_out()
    {
        var dashboard = await app.Operator().GetStringAsync("/dashboard?culture=ja");
        var partner = await app.Operator().GetStringAsync("/partners/P-1014?culture=en");

        // samples/contoso/README.md: P-1014's Silver lapses on 2027-02-01, when I-2051 leaves.
        Assert.Contains(">2027-02-01</td>", dashboard, StringComparison.Ordinal);
        Assert.Contains("lapses on Monday, February 1, 2027", partner, StringComparison.Ordinal);
        Assert.DoesNotContain("lapses on 2027-02-01", partner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_requirement_line_does_not_repeat_its_own_phrase()
    {
        var page = await app.Operator().GetStringAsync("/partners/P-1014");

        Assert.Contains("TTM net new revenue from CRM Online", page, StringComparison.Ordinal);
        Assert.DoesNotContain("TTM net new revenue (TTM net new revenue", page, StringComparison.Ordinal);
        Assert.DoesNotContain("distinct individuals pass the exam requirements: 2 of 2 distinct individuals", page, StringComparison.Ordinal);
    }
}
