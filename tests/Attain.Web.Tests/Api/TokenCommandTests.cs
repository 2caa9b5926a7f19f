using System.Net;
using System.Net.Http.Headers;
using Attain.Cli;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Api;

/// <summary>`attain token` and the web app share the signing key logic: what the command mints, the API accepts.</summary>
[Collection(ApiFixture.Name)]
public sealed class TokenCommandTests(AttainWebApplication app)
{
    [Fact]
    public async Task A_partner_token_from_the_command_opens_that_partner_only()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MintWithAppKey("--role", "partner", "--partner", "P-1004"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/partners/P-1004/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/partners/P-1005/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/program/summary")).StatusCode);
    }

    [Fact]
    public async Task An_operator_token_from_the_command_opens_the_program()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MintWithAppKey("--role", "operator"));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/program/summary")).StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var otherKey = Path.Combine(Path.GetTempPath(), $"attain-other-key-{Guid.NewGuid():N}");
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Mint(otherKey, "--role", "operator"));
        File.Delete(otherKey);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/program/summary")).StatusCode);
    }

    [Theory]
    [InlineData("--role", "partner")]
    [InlineData("--role", "operator", "--partner", "P-1001")]
    [InlineData("--role", "admin")]
    public void The_command_refuses_a_token_that_would_not_make_sense(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, AttainCommand.Run(["token", .. args, "--key", app.SigningKeyPath], output, error));
        Assert.Equal(string.Empty, output.ToString());
    }

    private string MintWithAppKey(params string[] args) => Mint(app.SigningKeyPath, args);

    private static string Mint(string key, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(0, AttainCommand.Run(["token", .. args, "--key", key], output, error));
        return output.ToString().Trim();
    }
}
