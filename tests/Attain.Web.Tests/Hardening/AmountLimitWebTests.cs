using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Hardening;

/// <summary>
/// Issue #9: amounts beyond ±1,000,000,000,000.00 US dollars stored by an older version take no page or endpoint down
/// (the partner's figures leave them out and say so), and the what-if endpoint and form answer 400 naming the field.
/// </summary>
public sealed partial class AmountLimitWebTests(HugeAmountApplication app) : IClassFixture<HugeAmountApplication>
{
    [Theory]
    [InlineData("/api/partners")]
    [InlineData("/api/partners/P-1001")]
    [InlineData("/api/partners/P-1001/evaluation")]
    [InlineData("/api/program/summary")]
    [InlineData("/dashboard")]
    [InlineData("/partners/P-1001")]
    public async Task Every_endpoint_and_page_answers_on_a_store_holding_amounts_beyond_the_limit(string path)
    {
        var response = await app.Operator().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_partners_evaluation_names_the_stored_lines_it_left_out()
    {
        var evaluation = (await ProblemJson.JsonAsync(await app.Operator().GetAsync("/api/partners/P-1001/evaluation"))).GetProperty("evaluation");
        var page = await app.Operator().GetStringAsync("/partners/P-1001");

        Assert.Equal(2, evaluation.GetProperty("revenueBeyondLimit").GetArrayLength());
        Assert.True(evaluation.GetProperty("ttmRevenueUsd").GetDecimal() < 1_000_000m);
        Assert.Contains("2 revenue lines in the store are beyond ±US$1,000,000,000,000.00", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1000000000000.01")]
    [InlineData("-1000000000000.01")]
    [InlineData("0.001")]
    public async Task What_if_with_an_amount_beyond_the_limit_is_a_400_naming_the_field(string amount)
    {
        // Two of them: their plain sum overflows a decimal, as the attack did.
        using var content = new StringContent(
            $$"""{"revenue":[{"month":"2026-10","amountUsd":{{amount}}},{"month":"2026-09","amountUsd":{{amount}}}]}""",
            System.Text.Encoding.UTF8,
            "application/json");

        var response = await app.Operator().PostAsync("/api/partners/P-1002/what-if", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await ProblemJson.ReadAsync(response)).GetProperty("problems").EnumerateArray().Select(problem => problem.GetString()).ToList();
        Assert.Contains(problems, problem => problem!.StartsWith("revenue[0]: amountUsd: ", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem!.StartsWith("revenue[1]: amountUsd: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task What_if_at_the_limit_is_evaluated()
    {
        var response = await app.Operator().PostAsJsonAsync("/api/partners/P-1002/what-if", new
        {
            revenue = new[] { new { month = "2026-10", amountUsd = 1_000_000_000_000.00m }, new { month = "2026-09", amountUsd = -1_000_000_000_000.00m } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("99999999999999999999999999999999")]
    public async Task The_what_if_form_answers_400_naming_the_field_for_an_amount_beyond_the_limit(string amount)
    {
        // P-1001's stored amounts are beyond the limit already: a plain sum with the form's amount overflowed.
        var client = app.Operator();
        var form = await client.GetStringAsync("/partners/P-1001");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["WhatIfRevenue"] = amount,
            ["__RequestVerificationToken"] = token,
        });

        var response = await client.PostAsync("/partners/P-1001", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("(revenue\\[0\\]: amountUsd|WhatIfRevenue): ", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
