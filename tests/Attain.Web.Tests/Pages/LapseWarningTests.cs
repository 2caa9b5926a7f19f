using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Pages;

/// <summary>
/// Issue 11, items 1 and 3: the lapse warning names its cause, the level after and the cheapest way to keep the level;
/// the next step does not plan around the person who is leaving; the chart shows each month's revenue (P-1006's fall
/// in May 2026) and the TTM figure projected to the lapse date.
/// </summary>
[Collection(ApiFixture.Name)]
public sealed class LapseWarningTests(AttainWebApplication app)
{
    [Fact]
    public async Task P_1014s_warning_names_Oliver_Bennett_and_the_day_he_leaves_and_how_to_keep_Silver()
    {
        var page = await app.Partner("P-1014").GetStringAsync("/partners/P-1014?culture=en");
        var warning = Between(page, "id=\"lapse\"", "id=\"checklist\"");

        Assert.Contains("Oliver Bennett (I-2051) leaves the partner on Monday, February 1, 2027.", warning, StringComparison.Ordinal);
        Assert.Contains("From Monday, February 1, 2027 the partner would hold no level.", warning, StringComparison.Ordinal);
        Assert.Contains("To keep Silver on Monday, February 1, 2027:", warning, StringComparison.Ordinal);
        // The cheapest way: Amelia Clarke, who stays, takes an app and a deployment exam (two passes, nobody new).
        Assert.Contains("Amelia Clarke (I-2052) should pass one app exam", warning, StringComparison.Ordinal);
        Assert.Contains("href=\"?try=keep#what-if\"", warning, StringComparison.Ordinal);
        var keep = Between(warning, "To keep Silver", "</ul>");
        Assert.DoesNotContain("I-2051", keep, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P_1014s_next_step_does_not_plan_Gold_around_the_individual_who_is_leaving()
    {
        var page = await app.Partner("P-1014").GetStringAsync("/partners/P-1014?culture=en");
        var plan = Between(page, "id=\"plan\"", "id=\"revenue\"");

        Assert.Contains("To reach Gold:", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("I-2051", plan, StringComparison.Ordinal);
        Assert.Contains("A new individual (#2)", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P_1014s_warning_is_in_Japanese_too()
    {
        var page = await app.Partner("P-1014").GetStringAsync("/partners/P-1014?culture=ja");
        var warning = Between(page, "id=\"lapse\"", "id=\"checklist\"");

        Assert.Contains("Oliver Bennett (I-2051) は 2027年2月1日月曜日 にパートナーを離れます。", warning, StringComparison.Ordinal);
        Assert.Contains("2027年2月1日月曜日 以降、パートナーはどのレベルも保持しません。", warning, StringComparison.Ordinal);
        Assert.Contains("2027年2月1日月曜日 に シルバー を維持するには:", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P_1006s_chart_shows_the_fall_of_May_2026_and_its_TTM_projected_to_the_lapse()
    {
        var page = await app.Partner("P-1006").GetStringAsync("/partners/P-1006?culture=en");
        var chart = Between(page, "<figure class=\"chart\">", "</figure>");
        var table = Between(page, "<table class=\"revenue-table\">", "</table>");

        // C-3001's DPOR ends on 2026-05-01 (samples/contoso): the bar of May 2026 is a fraction of April's.
        var april = BarHeight(chart, "April 2026");
        var may = BarHeight(chart, "May 2026");
        Assert.True(may < april * 0.5, $"May's bar ({may}) should be well below April's ({april})");
        Assert.Matches("May 2026</th><td class=\"num\">[^<]+</td><td class=\"num\">−6\\d%</td>", table);
        // The rolling TTM line, its projection to the lapse on 2027-02-01 and the axis values.
        Assert.Contains("class=\"ttm\"", chart, StringComparison.Ordinal);
        Assert.Contains("class=\"projection\"", chart, StringComparison.Ordinal);
        Assert.Contains("class=\"lapse-marker\"", chart, StringComparison.Ordinal);
        Assert.Contains(">$100k</text>", chart, StringComparison.Ordinal);
        Assert.Contains("February 1, 2027 (projected, no new revenue)", table, StringComparison.Ordinal);
        // The revenue months rolling out are the cause; the per-customer table shows C-3001 beside C-1007.
        Assert.Contains("leaves the TTM window", page, StringComparison.Ordinal);
        var customers = Between(page, "<details class=\"by-customer\">", "</details>");
        Assert.Contains(">C-3001</th>", customers, StringComparison.Ordinal);
        Assert.Contains(">C-1007</th>", customers, StringComparison.Ordinal);
    }

    private static double BarHeight(string chart, string month)
    {
        var at = chart.IndexOf($"<title>{month}:", StringComparison.Ordinal);
        Assert.True(at > 0, $"no bar for {month}");
        var rect = chart[chart.LastIndexOf("<rect", at, StringComparison.Ordinal)..at];
        var height = System.Text.RegularExpressions.Regex.Match(rect, "height=\"([0-9.]+)\"").Groups[1].Value;
        return double.Parse(height, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static string Between(string text, string from, string to)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{from}' is not on the page");
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(end > start, $"'{to}' does not follow '{from}'");
        return text[start..end];
    }
}
