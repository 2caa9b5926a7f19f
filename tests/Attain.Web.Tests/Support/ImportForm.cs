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
        var response = await client.PostAsync($"/import?culture={culture}", form);
        // An accepted drop redirects to the page of its job (issue 8): follow it, as a browser does.
        if (response.StatusCode == System.Net.HttpStatusCode.Redirect && response.Headers.Location is { } job)
        {
            response.Dispose();
            // The job's page by path: the server may name itself differently from the client's base address.
            return await client.GetAsync(job.IsAbsoluteUri ? job.PathAndQuery : job.OriginalString);
        }

        return response;
    }

    /// <summary>The page answers an accepted upload with a redirect to itself showing the job: waits for that job.</summary>
    public static async Task<System.Text.Json.JsonElement> FinishedJobAsync(HttpClient client, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {body}");
        var job = JobQuery().Match(response.Headers.Location?.OriginalString ?? "");
        Assert.True(job.Success, $"The redirect does not name a job: {response.Headers.Location}");
        return await JobPolling.WaitAsync(client, $"/api/jobs/{job.Groups[1].Value}");
    }

    [GeneratedRegex("[?&]job=([0-9]+)")]
    private static partial Regex JobQuery();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
