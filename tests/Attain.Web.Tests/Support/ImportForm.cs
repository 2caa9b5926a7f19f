using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Attain.Web.Tests.Support;

/// <summary>Uploads a zip through the /import page as a browser does: the page's antiforgery token and cookie, then a multipart form.</summary>
public static partial class ImportForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] zip, string culture = "en")
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync($"/import?culture={culture}");
        var token = TokenField().Match(page);
        Assert.True(token.Success, "The import page has no antiforgery token.");

        using var form = new MultipartFormDataContent
        {
            { new StringContent(token.Groups[1].Value), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(zip);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        form.Add(file, "drop", "drop.zip");
        return await client.PostAsync($"/import?culture={culture}", form);
    }

    /// <summary>
    /// Uploads as <see cref="PostAsync"/> does, checks that the page redirects to the import's job page (imports
    /// are jobs), waits for the job to finish and answers that page as the operator then sees it.
    /// </summary>
    public static async Task<string> ImportedPageAsync(HttpClient client, byte[] zip, string culture = "en")
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await PostAsync(client, zip, culture);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location?.OriginalString ?? "";
        var job = JobQuery().Match(location);
        Assert.True(job.Success, $"The page redirected to '{location}', not to the import's job page.");
        await JobPolling.WaitAsync(client, $"/api/jobs/{job.Groups[1].Value}");
        return await client.GetStringAsync(location);
    }

    [GeneratedRegex("^/import\\?(?:.*&)?job=([^&]+)")]
    private static partial Regex JobQuery();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
