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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
