using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Api;

[Collection(ApiFixture.Name)]
public sealed class WhatIfApiTests(AttainWebApplication app)
{
    /// <summary>MB2-713 (app, as I-2012 holds) and MB2-706 (deployment).</summary>
    private static readonly string[] AppAndDeploymentExams = ["MB2-713", "MB2-706"];

    [Fact]
    public async Task Passing_the_planned_exam_reaches_the_next_level_and_stores_nothing()
    {
        var client = app.Partner("P-1015");
        var evaluation = (await ProblemJson.JsonAsync(await client.GetAsync("/api/partners/P-1015/evaluation"))).GetProperty("evaluation");
        Assert.Equal("silver", evaluation.GetProperty("level").GetString());
        // samples/contoso/README.md: one exam short of Gold, the plan is I-2057 and a customization exam.
        var assignment = evaluation.GetProperty("plan").GetProperty("steps").EnumerateArray()
            .Single(step => step.GetProperty("kind").GetString() == "examSlots")
            .GetProperty("assignments").EnumerateArray()
            .Single(seat => seat.GetProperty("exams").GetArrayLength() > 0);
        Assert.Equal("I-2057", assignment.GetProperty("individual").GetString());
        var exam = assignment.GetProperty("exams")[0].GetProperty("options")[0].GetString();
        var historyBefore = await client.GetStringAsync("/api/partners/P-1015/history");

        var response = await client.PostAsJsonAsync("/api/partners/P-1015/what-if", new { examPasses = new[] { new { individualId = "I-2057", exam } } });

        var whatIf = (await ProblemJson.JsonAsync(response)).GetProperty("evaluation");
        Assert.Equal("gold", whatIf.GetProperty("level").GetString());
        Assert.Equal(JsonValueKind.Null, whatIf.GetProperty("plan").ValueKind);
        Assert.Equal(historyBefore, await client.GetStringAsync("/api/partners/P-1015/history"));
        Assert.Equal("silver", (await ProblemJson.JsonAsync(await client.GetAsync("/api/partners/P-1015"))).GetProperty("level").GetString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"examPasses":[],"individuals":[],"revenue":[]}""")]
    public async Task An_empty_what_if_is_a_problem_that_says_nothing_was_tried(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await app.Operator().PostAsync("/api/partners/P-1002/what-if", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing to try", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Added_revenue_counts()
    {
        // P-1002 is short of Silver by 22,129.28 of revenue only (samples/contoso/README.md).
        var response = await app.Operator().PostAsJsonAsync("/api/partners/P-1002/what-if", new
        {
            revenue = new[] { new { month = "2026-10", amountUsd = 22_129.28m } },
        });

        var evaluation = (await ProblemJson.JsonAsync(response)).GetProperty("evaluation");
        Assert.Equal("silver", evaluation.GetProperty("level").GetString());
        Assert.Equal(100_000.00m, evaluation.GetProperty("ttmRevenueUsd").GetDecimal());
    }

    [Fact]
    public async Task New_individuals_count_when_only_the_new_hire_can_fill_the_slot()
    {
        // P-1003 has Gold's revenue but nobody with an app and a deployment exam (samples/contoso/README.md): no level.
        // I-2012 holds the app exam MB2-713 only, so a new hire with app + deployment is the only one who can fill the slot.
        var client = app.Operator();
        var before = (await ProblemJson.JsonAsync(await client.GetAsync("/api/partners/P-1003/evaluation"))).GetProperty("evaluation");
        Assert.Equal("none", before.GetProperty("level").GetString());
        Assert.Empty(AppDeploymentSlot(before, "silver").GetProperty("individuals").EnumerateArray());

        var response = await client.PostAsJsonAsync("/api/partners/P-1003/what-if", new
        {
            individuals = new[] { new { name = "New hire", exams = AppAndDeploymentExams } },
        });

        var evaluation = (await ProblemJson.JsonAsync(response)).GetProperty("evaluation");
        Assert.Equal("silver", evaluation.GetProperty("level").GetString());
        Assert.Equal(before.GetProperty("ttmRevenueUsd").GetDecimal(), evaluation.GetProperty("ttmRevenueUsd").GetDecimal());
        var hire = evaluation.GetProperty("individuals").EnumerateArray().Single(person => person.GetProperty("name").GetString() == "New hire").GetProperty("id").GetString();
        var slot = AppDeploymentSlot(evaluation, "silver");
        Assert.Equal([hire], slot.GetProperty("individuals").EnumerateArray().Select(individual => individual.GetString()));
        Assert.Equal(0, slot.GetProperty("missing").GetInt32());
    }

    private static JsonElement AppDeploymentSlot(JsonElement evaluation, string level) =>
        evaluation.GetProperty("levels").EnumerateArray().Single(entry => entry.GetProperty("level").GetString() == level)
            .GetProperty("requirements").EnumerateArray().Single(requirement => requirement.GetProperty("kind").GetString() == "examSlots")
            .GetProperty("slots").EnumerateArray().Single(slot => slot.GetProperty("slot").GetString() == "app-deployment");

    [Fact]
    public async Task Every_bad_value_is_listed_in_one_400_problem()
    {
        var response = await app.Operator().PostAsJsonAsync("/api/partners/P-1015/what-if", new
        {
            examPasses = new object[]
            {
                new { individualId = "I-2057", exam = "XX-000" },
                new { individualId = "I-2001", exam = "MB2-712" },
                new { individualId = "I-2057", exam = "MB2-712", passedOn = "soon" },
            },
            revenue = new[] { new { month = "2026-13", amountUsd = 1m, product = "office-365x" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await ProblemJson.ReadAsync(response)).GetProperty("problems").EnumerateArray().Select(problem => problem.GetString()).ToList();
        Assert.Contains("examPasses[0]: exam: 'XX-000' is not an exam of the catalog.", problems);
        Assert.Contains("examPasses[1]: individualId: 'I-2001' is not an individual of partner P-1015.", problems);
        Assert.Contains("examPasses[2]: passedOn: 'soon' is not a date in the form YYYY-MM-DD.", problems);
        Assert.Contains("revenue[0]: product: 'office-365x' is not a product of the catalog.", problems);
        Assert.Contains("revenue[0]: month: '2026-13' is not a month in the form YYYY-MM.", problems);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem()
    {
        using var content = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");

        var response = await app.Operator().PostAsync("/api/partners/P-1015/what-if", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, (await ProblemJson.ReadAsync(response)).GetProperty("status").GetInt32());
    }
}
