using System.Net;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Api;

/// <summary>Evaluating the program is a job: accepted with 202, polled at /api/jobs/{id}, one at a time, the operator's only.</summary>
public sealed class JobsApiTests(AttainWebApplication app) : IClassFixture<AttainWebApplication>
{
    [Fact]
    public async Task An_evaluation_as_of_another_date_is_a_job_after_which_lists_answer_for_that_date()
    {
        var client = app.Operator();
        var refused = await client.GetAsync("/api/partners?asOf=2026-06-30");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("POST /api/program/evaluations?asOf=2026-06-30", (await ProblemJson.ReadAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync("/api/program/summary?asOf=2026-06-30")).StatusCode);

        var job = await JobPolling.FinishedAsync(client, client.PostAsync("/api/program/evaluations?asOf=2026-06-30", null));

        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal(SampleZip.Partners, job.GetProperty("done").GetInt32());
        Assert.Equal(SampleZip.Partners, job.GetProperty("total").GetInt32());
        var page = await ProblemJson.JsonAsync(await client.GetAsync("/api/partners?asOf=2026-06-30"));
        Assert.Equal("2026-06-30", page.GetProperty("asOf").GetString());
        Assert.Equal(SampleZip.Partners, page.GetProperty("total").GetInt32());
        Assert.Equal("2026-06-30", (await ProblemJson.JsonAsync(await client.GetAsync("/api/program/summary"))).GetProperty("asOf").GetString());
        // The sample day is no longer the stored one: asking for it is the clear 409, not a silent re-evaluation.
        Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync("/api/program/summary?asOf=2026-11-25")).StatusCode);
        await JobPolling.FinishedAsync(client, client.PostAsync("/api/program/evaluations?asOf=2026-11-25", null));
    }

    [Theory]
    [InlineData("GET", "/api/jobs/1")]
    [InlineData("POST", "/api/program/evaluations")]
    public async Task A_partner_may_not_see_or_start_jobs(string method, string url)
    {
        using var response = await app.Partner("P-1001").SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/jobs/999999")]
    [InlineData("/api/jobs/x")]
    public async Task An_unknown_job_is_a_404_problem(string url)
    {
        using var response = await app.Operator().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await ProblemJson.ReadAsync(response);
    }

    [Fact]
    public async Task A_bad_as_of_is_a_400_that_names_it()
    {
        using var response = await app.Operator().PostAsync("/api/program/evaluations?asOf=2026-02-30", null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("asOf:", (await ProblemJson.ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
