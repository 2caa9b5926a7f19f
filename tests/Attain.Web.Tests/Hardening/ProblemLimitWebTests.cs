using System.Globalization;
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
        // Amounts differ row to row, as in a real drop: a million identical lines would compress past the zip-bomb
        // ratio (Attain:ImportMaxCompressionRatio) and be refused before any row is read.
        for (var row = 0; row < 1_000_000; row++)
        {
            revenue.Append(CultureInfo.InvariantCulture, $"\nC-1001,MB2-999,2026-01,{row}.{row % 97:D2}");
        }

        using var zip = SampleZip.Create(replace: new Dictionary<string, string> { ["revenue.csv"] = revenue.ToString() });

        var response = await app.Operator().PostAsync("/api/imports", zip);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength is null or < 16_384, $"{response.Content.Headers.ContentLength} bytes");
        var document = await ProblemJson.ReadAsync(response);
        var problems = document.GetProperty("problems").EnumerateArray().Select(problem => problem.GetString()).ToList();
        Assert.Equal(
            ["revenue.csv:2: product: product MB2-999 is not in the catalog (1000000 rows like this, lines 2 to 1000001)"],
            problems.Take(1));
        Assert.EndsWith(": 1000000 problems in all: past 1000, problems alike are grouped as above", problems[^1], StringComparison.Ordinal);
        Assert.Equal(2, problems.Count);

        // Every problem, one per line, is a download away (operator only, like the import).
        var all = document.GetProperty("allProblems").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Partner("P-1001").GetAsync(all)).StatusCode);
        using var list = new StreamReader(await app.Operator().GetStreamAsync(all));
        var lines = 0;
        var last = string.Empty;
        while (await list.ReadLineAsync() is { } line)
        {
            lines++;
            last = line;
        }

        Assert.Equal(1_000_000, lines);
        Assert.Equal("revenue.csv:1000001: product: product MB2-999 is not in the catalog", last);
    }

    [Theory]
    [InlineData("/api/imports/problems/00000000000000000000000000000000")]
    [InlineData("/api/imports/problems/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/imports/problems/not-an-id")]
    public async Task A_problem_list_that_does_not_exist_is_a_404(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.Operator().GetAsync(path)).StatusCode);
}
