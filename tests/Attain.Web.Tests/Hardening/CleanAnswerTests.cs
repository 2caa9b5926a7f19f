using System.Net;
using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Hardening;

/// <summary>Requests anyone can send answer with a redirect or a 4xx, never a 500 (issue 9, item 7).</summary>
[Collection(ApiFixture.Name)]
public sealed class CleanAnswerTests(AttainWebApplication app)
{
    [Theory]
    [InlineData("/\\evil.example")]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%0D%0A%2Fevil.example")]
    [InlineData("%2F%2Fevil.example")]
    [InlineData("%2F%2F%2Fevil.example")]
    [InlineData("https%3A%2F%2Fevil.example%2F")]
    [InlineData("%5C%5Cevil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task A_language_switch_to_a_foreign_or_malformed_address_goes_home(string returnUrl)
    {
        var response = await app.Anonymous().GetAsync($"/culture/ja?returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_role_at_sign_in_is_refused_and_signs_no_one_in()
    {
        var client = app.Anonymous();
        var page = await client.GetStringAsync("/signin");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Role"] = "admin",
        });

        var response = await client.PostAsync("/signin", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown role", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], cookie => cookie.StartsWith("attain.auth", StringComparison.Ordinal));
        var import = await client.GetAsync("/import");
        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.StartsWith("/signin", import.Headers.Location?.PathAndQuery ?? import.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
