using System.Net;
using System.Text;
using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Hardening;

/// <summary>
/// Issue #9: a zip of a million bad rows (a few MB) once grew the process to 2.4 GB and ended in a 500. The answer is a
/// 400 problem document whose list is grouped and bounded, whatever the number of problems.
/// </summary>
[Collection(ApiFixture.Name)]
public sealed class ProblemLimitWebTests(AttainWebApplication app)
{
    [Fact]
    public async Task A_million_bad_rows_get_a_bounded_grouped_problem_document()
    {
        var revenue = new StringBuilder("customer_id,product,month,net_new_revenue_usd", 32_000_000);
        for (var row = 0; row < 1_000_000; row++)
        {
            revenue.Append("\nC-1001,MB2-999,2026-01,1");
        }

        using var zip = SampleZip.Create(replace: new Dictionary<string, string> { ["revenue.csv"] = revenue.ToString() });

        var response = await app.Operator().PostAsync("/api/imports", zip);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength is null or < 16_384, $"{response.Content.Headers.ContentLength} bytes");
        var problems = (await ProblemJson.ReadAsync(response)).GetProperty("problems").EnumerateArray().Select(problem => problem.GetString()).ToList();
        Assert.Equal(
            ["revenue.csv:2: product: product MB2-999 is not in the catalog (1000000 rows like this, lines 2 to 1000001)"],
            problems.Take(1));
        Assert.EndsWith(": 1000000 problems in all: past 1000, problems alike are grouped as above", problems[^1], StringComparison.Ordinal);
        Assert.Equal(2, problems.Count);
    }
}
