using System.Globalization;
using System.Net;
using System.Text.Json;
using Attain.Cli;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Api;

/// <summary>
/// The list, the summary and the dashboard say what `attain evaluate --all` says, on the same store and date. The
/// date is not the app's own (it evaluated the sample day on start-up), so the web can only agree by reading the
/// evaluation the command line stored.
/// </summary>
public sealed class AgreementTests(AttainWebApplication app) : IClassFixture<AttainWebApplication>
{
    private const string AsOf = "2026-09-30";

    [Fact]
    public async Task Lists_summary_and_dashboard_agree_with_evaluate_all_on_the_same_store_and_date()
    {
        var client = app.Operator();
        Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync($"/api/partners?asOf={AsOf}")).StatusCode);
        var report = Path.Combine(Path.GetDirectoryName(app.DatabasePath)!, "report.csv");
        using (var output = new StringWriter())
        using (var error = new StringWriter())
        {
            Assert.Equal(0, AttainCommand.Run(["evaluate", "--all", "--db", app.DatabasePath, "--as-of", AsOf, "--out", report], output, error));
        }

        var rows = Csv(await File.ReadAllLinesAsync(report));
        var page = await ProblemJson.JsonAsync(await client.GetAsync($"/api/partners?asOf={AsOf}&pageSize=500"));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(rows.Count, page.GetProperty("total").GetInt32());
        Assert.Equal(rows.Select(row => row["partner_id"]), items.Select(item => item.GetProperty("partnerId").GetString()));
        foreach (var (row, item) in rows.Zip(items))
        {
            var next = item.GetProperty("next");
            Assert.Equal(
                (row["level"], row["ttm_revenue_usd"], row["lapses_on"], row["at_risk"], row["next_level"], row["revenue_shortfall_usd"], row["additional_exam_passes"], row["new_individuals"]),
                (item.GetProperty("level").GetString(),
                 Money(item.GetProperty("ttmRevenueUsd")),
                 item.GetProperty("lapseOn").GetString() ?? string.Empty,
                 item.GetProperty("atRisk").GetBoolean() ? "true" : "false",
                 next.ValueKind == JsonValueKind.Null ? string.Empty : next.GetProperty("level").GetString(),
                 Money(item.GetProperty("revenueShortfallUsd")),
                 next.ValueKind == JsonValueKind.Null ? string.Empty : next.GetProperty("additionalExamPasses").GetInt32().ToString(CultureInfo.InvariantCulture),
                 next.ValueKind == JsonValueKind.Null ? string.Empty : next.GetProperty("newIndividuals").GetInt32().ToString(CultureInfo.InvariantCulture)));
        }

        var summary = await ProblemJson.JsonAsync(await client.GetAsync($"/api/program/summary?asOf={AsOf}"));
        Assert.Equal(AsOf, summary.GetProperty("asOf").GetString());
        foreach (var count in summary.GetProperty("byLevelAndMarket").EnumerateArray())
        {
            var (level, market) = (count.GetProperty("level").GetString(), count.GetProperty("market").GetString());
            Assert.Equal(rows.Count(row => row["level"] == level && row["market"] == market), count.GetProperty("partners").GetInt32());
        }

        var atRisk = rows.Where(row => row["at_risk"] == "true").Select(row => row["partner_id"]).ToList();
        Assert.Equal(atRisk.Count, summary.GetProperty("atRisk").GetInt32());
        Assert.Equal(atRisk.Order(StringComparer.Ordinal), summary.GetProperty("lapsesNext90Days").EnumerateArray().Select(lapse => lapse.GetProperty("partnerId").GetString()!).Order(StringComparer.Ordinal));

        var dashboard = await client.GetStringAsync("/dashboard");
        Assert.Contains("September 30, 2026", dashboard, StringComparison.Ordinal);
        Assert.Contains($"{rows.Count} partners", dashboard, StringComparison.Ordinal);
        Assert.Equal(atRisk.Count, CountOf(dashboard, "<tr class=\"at-risk\">"));
        Assert.All(rows, row => Assert.Contains($"href=\"/partners/{row["partner_id"]}\"", dashboard, StringComparison.Ordinal));
    }

    private static string Money(JsonElement amount) =>
        amount.ValueKind == JsonValueKind.Null ? string.Empty : amount.GetDecimal().ToString("0.00", CultureInfo.InvariantCulture);

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    // The sample's names hold commas inside quotes; no cell holds a quote or a line break.
    private static List<Dictionary<string, string>> Csv(string[] lines)
    {
        var header = Cells(lines[0]);
        return [.. lines.Skip(1).Where(line => line.Length > 0).Select(line => header.Zip(Cells(line)).ToDictionary(pair => pair.First, pair => pair.Second))];

        static List<string> Cells(string line)
        {
            var cells = new List<string>();
            var quoted = false;
            var cell = new System.Text.StringBuilder();
            foreach (var character in line)
            {
                if (character == '"')
                {
                    quoted = !quoted;
                }
                else if (character == ',' && !quoted)
                {
                    cells.Add(cell.ToString());
                    cell.Clear();
                }
                else
                {
                    cell.Append(character);
                }
            }

            cells.Add(cell.ToString());
            return cells;
        }
    }
}
