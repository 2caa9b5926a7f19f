using System.Net;
using System.Text.RegularExpressions;
using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Pages;

/// <summary>
/// Issue 11, item 4: the what-if form tests a plan — several passes, new individuals, filled in from the plan with one
/// click — and shows the whole result (level, checklist, lapse date); an empty form says nothing changed.
/// </summary>
[Collection(ApiFixture.Name)]
public sealed partial class WhatIfFormTests(AttainWebApplication app)
{
    [Fact]
    public async Task Two_passes_by_one_individual_both_count_and_move_the_lapse()
    {
        // P-1014: Amelia Clarke passing an app AND a deployment exam fills Oliver Bennett's seat when he leaves.
        var (status, page) = await PostAsync("P-1014", new()
        {
            ["Passes[0].Individual"] = "I-2052", ["Passes[0].Exam"] = "MB2-714",
            ["Passes[1].Individual"] = "I-2052", ["Passes[1].Exam"] = "MB2-710",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var result = LapseWarningTests.Between(page, "id=\"what-if-result\"", "aria-labelledby=\"history\"");
        Assert.Contains("Lapse: Monday, February 1, 2027 → Monday, March 1, 2027", result, StringComparison.Ordinal);
        Assert.Contains("class=\"levels\"", result, StringComparison.Ordinal);
        // Only one of the two passes would not do: the lapse stays on the day he leaves.
        var (_, one) = await PostAsync("P-1014", new() { ["Passes[0].Individual"] = "I-2052", ["Passes[0].Exam"] = "MB2-714" });
        Assert.Contains("Lapse: Monday, February 1, 2027 → Monday, February 1, 2027", one, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_individual_with_two_exams_makes_P_1010_Gold_with_the_whole_checklist()
    {
        // samples/contoso: P-1010 lacks one app + deployment individual for Gold since I-2036 left.
        var (status, page) = await PostAsync("P-1010", new()
        {
            ["NewPeople[0].Name"] = "Kim Lee", ["NewPeople[0].Exams[0]"] = "MB2-714", ["NewPeople[0].Exams[1]"] = "MB2-710",
        });

        Assert.Equal(HttpStatusCode.OK, status);
        var result = LapseWarningTests.Between(page, "id=\"what-if-result\"", "aria-labelledby=\"history\"");
        Assert.Contains("badge badge-gold small\">Gold</span>", result, StringComparison.Ordinal);
        Assert.Contains("Level: Silver → Gold", result, StringComparison.Ordinal);
        Assert.Contains("Kim Lee (WHAT-IF-1)", result, StringComparison.Ordinal);
        Assert.Contains("Lapse: ", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_click_fills_the_form_from_P_1006s_plan_with_two_new_individuals_and_shows_Gold()
    {
        var page = await app.Partner("P-1006").GetStringAsync("/partners/P-1006?culture=en&try=next");

        Assert.Contains("href=\"?try=next#what-if\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"NewPeople[0].Name\" value=\"New individual 1\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"NewPeople[1].Name\" value=\"New individual 2\"", page, StringComparison.Ordinal);
        Assert.Matches("name=\"WhatIfRevenue\" type=\"number\" step=\"0.01\" inputmode=\"decimal\" value=\"150078.30\"", page);
        var result = LapseWarningTests.Between(page, "id=\"what-if-result\"", "aria-labelledby=\"history\"");
        Assert.Contains("Level: Silver → Gold", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_click_tries_P_1014s_plan_to_keep_Silver()
    {
        var page = await app.Partner("P-1014").GetStringAsync("/partners/P-1014?culture=en&try=keep");

        Assert.Matches("name=\"Passes\\[0\\].Individual\"[^>]*>\\s*<option value=\"I-2051\"[^>]*>[^<]*</option>\\s*<option value=\"I-2052\" selected=\"selected\"", page);
        var result = LapseWarningTests.Between(page, "id=\"what-if-result\"", "aria-labelledby=\"history\"");
        Assert.Contains("→ Monday, March 1, 2027", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_form_says_nothing_changed()
    {
        var (status, page) = await PostAsync("P-1014", new() { ["Passes[0].Individual"] = "I-2051", ["Passes[0].Exam"] = string.Empty, ["WhatIfRevenue"] = string.Empty });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Nothing changed: add an exam pass, a new individual or revenue", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"what-if-result\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pass_for_someone_not_of_the_partner_is_refused_naming_the_row()
    {
        var (status, page) = await PostAsync("P-1014", new() { ["Passes[0].Individual"] = "I-2057", ["Passes[0].Exam"] = "MB2-714" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("examPasses[0]", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"what-if-result\"", page, StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string Page)> PostAsync(string partner, Dictionary<string, string> fields)
    {
        var client = app.Partner(partner);
        var form = await client.GetStringAsync($"/partners/{partner}?culture=en");
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value;
        using var body = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(new Uri($"/partners/{partner}?culture=en", UriKind.Relative), body);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
