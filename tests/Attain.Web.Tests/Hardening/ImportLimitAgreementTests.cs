using System.Net;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Hardening;

/// <summary>
/// The API and the page share one limit (Attain:ImportLimitBytes) on the zip: a byte under it imports, a byte over
/// it is a 413 problem on the API and a message in the page's language on the page (issue 9, item 6).
/// </summary>
public sealed class ImportLimitAgreementTests(ImportLimitAgreementTests.LimitedApplication app) : IClassFixture<ImportLimitAgreementTests.LimitedApplication>
{
    private const long Limit = 256 * 1024;

    [Fact]
    public async Task The_API_takes_a_zip_of_exactly_the_limit()
    {
        using var content = new ByteArrayContent(PaddedZip.Create(Limit));
        var client = app.Operator();

        // Imports are jobs: 202 and the job; waiting for it keeps the next import from meeting an active job (409).
        var job = await JobPolling.FinishedAsync(client, client.PostAsync("/api/imports", content));

        Assert.Equal("succeeded", job.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_API_refuses_a_zip_one_byte_over_the_limit_with_a_413_problem_naming_it()
    {
        using var content = new ByteArrayContent(PaddedZip.Create(Limit + 1));

        var response = await app.Operator().PostAsync("/api/imports", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await ProblemJson.ReadAsync(response);
        Assert.Contains($"{Limit} bytes (Attain:ImportLimitBytes)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_takes_a_zip_of_exactly_the_limit()
    {
        var page = await ImportForm.ImportedPageAsync(app.Operator(), PaddedZip.Create(Limit));

        Assert.Contains("Imported: 0 rows added", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_refuses_a_zip_one_byte_over_the_limit_with_a_message_in_its_language()
    {
        var response = await ImportForm.PostAsync(app.Operator(), PaddedZip.Create(Limit + 1), culture: "ja");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("上限の 0.25 MiB (262144 バイト、Attain:ImportLimitBytes) を超えています", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public sealed class LimitedApplication : AttainWebApplication
    {
        protected override long ImportLimitBytes => Limit;
    }
}
