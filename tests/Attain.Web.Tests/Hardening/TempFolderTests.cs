using System.Net;
using Attain.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Attain.Web.Tests.Hardening;

/// <summary>A missing temporary folder makes an import a 503 that names it, never a 500 (issue 9, item 7).</summary>
public sealed class TempFolderTests(TempFolderTests.MissingTempApplication app) : IClassFixture<TempFolderTests.MissingTempApplication>
{
    [Fact]
    public async Task An_import_with_no_temporary_folder_is_a_503_problem_naming_it()
    {
        var response = await app.Operator().PostAsync("/api/imports", SampleZip.Create());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await ProblemJson.ReadAsync(response);
        Assert.Contains(app.MissingFolder, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(app.MissingFolder), "The import must not create the missing temporary folder.");
    }

    [Fact]
    public async Task The_import_page_with_no_temporary_folder_says_so_in_its_language()
    {
        var response = await ImportForm.PostAsync(app.Operator(), PaddedZip.Create(64 * 1024), culture: "ja");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("サーバーは現在インポートを受け付けられません", page, StringComparison.Ordinal);
        Assert.Contains(app.MissingFolder, page, StringComparison.Ordinal);
    }

    public sealed class MissingTempApplication : AttainWebApplication
    {
        public string MissingFolder { get; } = Path.Combine(Path.GetTempPath(), $"attain-no-such-temp-{Guid.NewGuid():N}");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Attain:ImportTempFolder", MissingFolder);
        }
    }
}
