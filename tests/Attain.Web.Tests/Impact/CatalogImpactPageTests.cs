using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Impact;

/// <summary>
/// The operator's catalog impact page (issue 13, item 3): upload a proposal or pick a shipped catalog, follow the run to
/// its result (counts per transition, filters, pages, CSV), problems with their JSON path in the page's language.
/// </summary>
[Collection(ApiFixture.Name)]
public sealed partial class CatalogImpactPageTests(AttainWebApplication app)
{
    [Fact]
    public async Task An_uploaded_proposal_shows_the_counts_per_transition_and_the_partners_that_change()
    {
        var client = app.Operator();

        var page = await ResultPageAsync(client, await PostAsync(client, Proposals.RaisedThresholds(), "raised.json", shipped: null, "en"));

        Assert.Contains("16 partners evaluated, 3 would change level", page, StringComparison.Ordinal);
        Assert.Contains("Silver → none: 2", page, StringComparison.Ordinal);
        Assert.Contains("Gold → Silver: 1", page, StringComparison.Ordinal);
        Assert.Contains("Gold: revenue Met → Not met", page, StringComparison.Ordinal);
        Assert.Contains("/partners/P-1013", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_result_filters_by_transition_and_downloads_as_csv()
    {
        var client = app.Operator();
        using var posted = await PostAsync(client, Proposals.RaisedThresholds(), "raised.json", shipped: null, "en");
        var run = RunId().Match(posted.Headers.Location!.OriginalString).Groups[1].Value;
        await ResultPageAsync(client, posted);

        var goldOnly = await client.GetStringAsync($"/catalog-impact?run={run}&from=gold&to=silver&culture=en");
        using var csv = await client.GetAsync($"/catalog-impact?run={run}&handler=Csv&from=silver");

        Assert.Contains("1 partners match", goldOnly, StringComparison.Ordinal);
        Assert.Contains("/partners/P-1013", goldOnly, StringComparison.Ordinal);
        Assert.DoesNotContain("/partners/P-1006", goldOnly, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("partner_id,name,market,from_level,to_level,reasons", lines[0]);
        Assert.Equal(["P-1006", "P-1014"], lines.Skip(1).Select(line => line.Split(',')[0]));
    }

    [Fact]
    public async Task The_shipped_catalog_picked_on_the_sample_day_changes_nobody()
    {
        var client = app.Operator();

        var page = await ResultPageAsync(client, await PostAsync(client, null, null, shipped: "cloud-crm.json", "en"));

        Assert.Contains("No partner's level would change.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_upload_lists_every_problem_with_its_json_path_in_japanese_and_starts_nothing()
    {
        var client = app.Operator();
        var document = Proposals.Shipped();
        document["versions"]![1]!["exams"]![2]!["acceptedUntil"] = "2017-06-30";

        using var response = await PostAsync(client, Proposals.Bytes(document), "bad.json", shipped: null, "ja");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bad.json: versions[1].exams[2].acceptedUntil: 2017-06-30 は retiredOn 2017-12-31 より前です", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shipped_name_that_is_a_path_is_refused_not_opened()
    {
        var client = app.Operator();

        using var response = await PostAsync(client, null, null, shipped: "../appsettings.json", "en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a catalog shipped with Attain", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_limit_gets_the_page_with_a_message_in_its_language()
    {
        var client = app.Operator();

        using var response = await PostAsync(client, new byte[(2 * 1024 * 1024) + 1], "huge.json", shipped: null, "ja");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Attain:CatalogLimitBytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[]? file, string? name, string? shipped, string culture)
    {
        var page = await client.GetStringAsync($"/catalog-impact?culture={culture}");
        var token = TokenField().Match(page);
        Assert.True(token.Success, "The catalog impact page has no antiforgery token.");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token.Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent("2026-11-25"), "asOf" },
            { new StringContent(shipped ?? string.Empty), "shipped" },
        };
        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            form.Add(content, "proposal", name!);
        }

        return await client.PostAsync($"/catalog-impact?culture={culture}", form);
    }

    /// <summary>Follows the redirect to the run's page and reloads it (as its refresh does) until the result shows.</summary>
    private static async Task<string> ResultPageAsync(HttpClient client, HttpResponseMessage posted)
    {
        using (posted)
        {
            Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"{(int)posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
            var location = posted.Headers.Location!.OriginalString;
            Assert.Matches(RunId(), location);
            for (var attempt = 0; attempt < 600; attempt++)
            {
                var page = await client.GetStringAsync(location + "&culture=en");
                if (!page.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
                {
                    return WebUtility.HtmlDecode(page);
                }

                await Task.Delay(50);
            }

            throw new TimeoutException($"{location} did not finish in 30 seconds.");
        }
    }

    [GeneratedRegex("^/catalog-impact\\?run=([0-9a-f]{32})$")]
    private static partial Regex RunId();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
