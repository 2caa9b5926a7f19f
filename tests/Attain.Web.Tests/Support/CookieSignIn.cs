using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Attain.Web.Tests.Support;

/// <summary>
/// A client holding the cookie the pages use, got the way a person gets it: the development sign-in page
/// (GET for its antiforgery token, POST the form), not a cookie made up by the test.
/// </summary>
public static partial class CookieSignIn
{
    public static async Task<HttpClient> AsPartnerAsync(AttainWebApplication app, string partner)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/signin");
        var token = Antiforgery().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("the sign-in page has no antiforgery token");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Role"] = "partner",
            ["Partner"] = partner,
            ["ReturnUrl"] = "/",
            ["__RequestVerificationToken"] = token.Groups[1].Value,
        });
        using var response = await client.PostAsync(new Uri("/signin", UriKind.Relative), content);
        if (!response.Headers.TryGetValues("Set-Cookie", out var cookies) || !cookies.Any(cookie => cookie.StartsWith("attain.auth=", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"signing in as {partner} gave {(int)response.StatusCode} and no attain.auth cookie");
        }

        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
