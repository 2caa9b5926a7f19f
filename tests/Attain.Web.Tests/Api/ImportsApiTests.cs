using System.Net;
using System.Text.Json;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Api;

/// <summary>Imports write to the store: these tests have an app of their own.</summary>
public sealed class ImportsApiTests(AttainWebApplication app) : IClassFixture<AttainWebApplication>
{
    [Fact]
    public async Task The_seeded_sample_imports_again_with_no_change()
    {
        var client = app.Operator();
        var result = await JobPolling.FinishedAsync(client, client.PostAsync("/api/imports", SampleZip.Create()));

        Assert.Equal("succeeded", result.GetProperty("state").GetString());
        Assert.All(result.GetProperty("importCounts").EnumerateArray(), count =>
        {
            Assert.Equal(0, count.GetProperty("added").GetInt32());
            Assert.Equal(0, count.GetProperty("changed").GetInt32());
        });
        Assert.Equal(0, result.GetProperty("snapshotsRecorded").GetInt32());
    }

    [Fact]
    public async Task A_drop_with_a_new_partner_adds_it_and_takes_its_snapshot()
    {
        var partners = SampleZip.SampleText("partners.csv").TrimEnd() + "\nP-1999,Fabrikam Japan,JP\n";

        var client = app.Operator();
        var result = await JobPolling.FinishedAsync(client, client.PostAsync("/api/imports", SampleZip.Create(folderName: null, new Dictionary<string, string> { ["partners.csv"] = partners })));

        var partnerCounts = result.GetProperty("importCounts").EnumerateArray().Single(count => count.GetProperty("table").GetString() == "partners");
        Assert.Equal(1, partnerCounts.GetProperty("added").GetInt32());
        Assert.Equal(1, result.GetProperty("snapshotsRecorded").GetInt32());
        var partner = await ProblemJson.JsonAsync(await app.Operator().GetAsync("/api/partners/P-1999"));
        Assert.Equal("none", partner.GetProperty("level").GetString());
        // The job's evaluation is what lists show: the new partner is in the list without evaluating on request.
        var listed = await ProblemJson.JsonAsync(await client.GetAsync("/api/partners?search=p-1999"));
        Assert.Equal("Fabrikam Japan", Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Bad_input_is_rejected_whole_with_every_problem_as_file_line_column_message()
    {
        var partners = SampleZip.SampleText("partners.csv").Replace("P-1002,Wingtip Consulting GmbH,DE", "P-1002,Wingtip Consulting GmbH,XX", StringComparison.Ordinal).TrimEnd() + "\nP-1998,Added But Rejected,US\n";
        var passes = SampleZip.SampleText("exam_passes.csv").TrimEnd() + "\nI-2001,MB2-999,2026-01-01\n";

        var response = await app.Operator().PostAsync("/api/imports", SampleZip.Create(replace: new Dictionary<string, string> { ["partners.csv"] = partners, ["exam_passes.csv"] = passes }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await ProblemJson.ReadAsync(response)).GetProperty("problems").EnumerateArray().Select(problem => problem.GetString()!).ToList();
        Assert.Contains(problems, problem => problem.StartsWith("partners.csv:3: country:", StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem.StartsWith("exam_passes.csv:", StringComparison.Ordinal) && problem.Contains("MB2-999", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Operator().GetAsync("/api/partners/P-1998")).StatusCode);
    }

    [Fact]
    public async Task A_missing_file_is_a_problem()
    {
        using var buffer = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(buffer, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("README.md");
        }

        using var content = new ByteArrayContent(buffer.ToArray());
        var response = await app.Operator().PostAsync("/api/imports", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("partners.csv", (await ProblemJson.ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("this is not a zip")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_zip_is_a_400_problem(string body)
    {
        using var content = new StringContent(body);

        var response = await app.Operator().PostAsync("/api/imports", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(JsonValueKind.String, (await ProblemJson.ReadAsync(response)).GetProperty("title").ValueKind);
    }

    [Fact]
    public async Task Only_the_operator_imports()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Partner("P-1001").PostAsync("/api/imports", SampleZip.Create())).StatusCode);
    }
}
