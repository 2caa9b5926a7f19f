using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Edges;

/// <summary>Issue 11, item 7: after an import the operator sees what changed, and history names the drop each snapshot came from.</summary>
public sealed partial class ImportChangesTests(EdgesApplication app) : IClassFixture<EdgesApplication>
{
    [Fact]
    public async Task An_import_job_names_its_drop_and_the_partners_whose_level_changed_and_history_names_the_drop()
    {
        var client = app.Operator();

        var job = await JobPolling.FinishedAsync(client, client.PostAsync("/api/imports?name=drop-2026-11.zip", EdgesApplication.GoldForP1015()));

        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal("drop-2026-11.zip", job.GetProperty("drop").GetProperty("name").GetString());
        var change = Assert.Single(job.GetProperty("levelChanges").EnumerateArray());
        Assert.Equal("P-1015", change.GetProperty("partnerId").GetString());
        Assert.Equal("silver", change.GetProperty("from").GetString());
        Assert.Equal("gold", change.GetProperty("to").GetString());
        Assert.True(change.GetProperty("up").GetBoolean());
        Assert.Equal(1, job.GetProperty("levelChangesTotal").GetInt64());
        Assert.Contains(job.GetProperty("importCounts").EnumerateArray(), count => count.GetProperty("table").GetString() == "exam_passes" && count.GetProperty("added").GetInt64() == 1);

        // The snapshot the job took came from this drop; the first one, from the seed the app imported on start.
        var history = await ProblemJson.JsonAsync(await client.GetAsync("/api/partners/P-1015/history"));
        var entries = history.EnumerateArray().ToList();
        Assert.Equal("drop-2026-11.zip", entries[^1].GetProperty("drop").GetProperty("name").GetString());
        Assert.Equal("contoso", entries[0].GetProperty("drop").GetProperty("name").GetString());
        Assert.NotEqual(default, entries[^1].GetProperty("evaluatedAtUtc").GetDateTime());

        // Importing the same drop again changes no level.
        var again = await JobPolling.FinishedAsync(client, client.PostAsync("/api/imports", EdgesApplication.GoldForP1015()));
        Assert.Empty(again.GetProperty("levelChanges").EnumerateArray());
        Assert.Equal(0, again.GetProperty("levelChangesTotal").GetInt64());
        Assert.Equal("upload", again.GetProperty("drop").GetProperty("name").GetString());

        // The partner's page tells each history entry's time and drop.
        var page = await client.GetStringAsync("/partners/P-1015");
        Assert.Contains("evaluated 2026-11-25 12:00 (UTC) · from drop “drop-2026-11.zip”", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "What the import changed", "Partners whose level changed", "Open the dashboard", "Gold")]
    [InlineData("ja", "インポートによる変更", "レベルが変わったパートナー", "ダッシュボードを開く", "ゴールド")]
    public async Task The_import_page_shows_counts_per_table_the_level_changes_with_links_and_the_dashboard(string culture, string counts, string levels, string dashboard, string gold)
    {
        using var fresh = new EdgesApplication();
        var client = fresh.Operator();
        // The job's page is where the upload redirects, without ?culture=: the browser's language carries over.
        client.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(culture));
        using var zip = EdgesApplication.GoldForP1015();

        var page = await ImportForm.ImportedPageAsync(client, await zip.ReadAsByteArrayAsync(), culture);

        Assert.Contains(counts, page, StringComparison.Ordinal);
        Assert.Matches(CountsRow(), page);
        Assert.Contains(levels, page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/partners/P-1015\">", page, StringComparison.Ordinal);
        Assert.Contains(gold, page, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/dashboard\">{dashboard}</a>", page, StringComparison.Ordinal);
        Assert.Contains("drop.zip", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_groups_identical_problems_with_their_line_range_and_links_the_full_list()
    {
        // Distinct days, so the rows are not duplicates of one another: only the unknown exam is wrong, 240 times.
        var lines = Enumerable.Range(0, 240).Select(day => $"I-2001,MB2-999,{new DateOnly(2025, 1, 1).AddDays(day):yyyy-MM-dd}");
        var passes = "individual_id,exam,passed_on\n" + string.Join("\n", lines) + "\n";
        using var zip = SampleZip.Create(replace: new Dictionary<string, string> { ["exam_passes.csv"] = passes });

        using var response = await ImportForm.PostAsync(app.Operator(), await zip.ReadAsByteArrayAsync());
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(GroupedLine().Matches(page));
        Assert.Contains("240 rows, lines 2–241", page, StringComparison.Ordinal);
        Assert.Contains("/api/imports/problems/", page, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<code>exam_passes</code></th>\s*<td class=""num"">1</td>")]
    private static partial Regex CountsRow();

    [GeneratedRegex(@"<code>exam_passes\.csv: [^<]*MB2-999[^<]*</code>")]
    private static partial Regex GroupedLine();
}
