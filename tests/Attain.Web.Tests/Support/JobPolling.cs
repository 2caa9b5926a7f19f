using System.Net;
using System.Text.Json;

namespace Attain.Web.Tests.Support;

/// <summary>Long work answers 202 with a job: these wait for it as the import page does, by polling /api/jobs/{id}.</summary>
public static class JobPolling
{
    /// <summary>Sends the request, checks the 202 and its Location, and answers the job once it has finished.</summary>
    public static async Task<JsonElement> FinishedAsync(HttpClient client, Task<HttpResponseMessage> request)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        using var accepted = await request;
        var body = await accepted.Content.ReadAsStringAsync();
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"{(int)accepted.StatusCode}: {body}");
        var location = accepted.Headers.Location?.OriginalString;
        Assert.NotNull(location);
        Assert.StartsWith("/api/jobs/", location, StringComparison.Ordinal);
        return await WaitAsync(client, location);
    }

    public static async Task<JsonElement> WaitAsync(HttpClient client, string location)
    {
        ArgumentNullException.ThrowIfNull(client);
        // A dozen partners take well under a second; the bound only stops a stuck job from hanging the suite.
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var job = await ProblemJson.JsonAsync(await client.GetAsync(location));
            if (job.GetProperty("state").GetString() is "succeeded" or "failed")
            {
                return job;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{location} did not finish in 30 seconds.");
    }
}
