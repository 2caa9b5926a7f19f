using System.Net;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Api;

/// <summary>The import body is limited (Attain:ImportLimitBytes): a larger upload is refused with 413 before it is read whole.</summary>
public sealed class ImportLimitTests(ImportLimitTests.SmallLimitApplication app) : IClassFixture<ImportLimitTests.SmallLimitApplication>
{
    [Fact]
    public async Task An_upload_over_the_limit_is_a_413_problem()
    {
        var response = await app.Operator().PostAsync("/api/imports", SampleZip.Create());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(413, (await ProblemJson.ReadAsync(response)).GetProperty("status").GetInt32());
    }

    public sealed class SmallLimitApplication : AttainWebApplication
    {
        protected override long ImportLimitBytes => 1024;
    }
}
