using System.Text.Json;
using System.Text.RegularExpressions;
using Attain.Web.Tests.Api;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Edges;

/// <summary>Issue 11, item 8: the OpenAPI document is a reference — every error answer, every parameter and field described, real examples.</summary>
[Collection(ApiFixture.Name)]
public sealed partial class OpenApiDocumentTests(AttainWebApplication app)
{
    [Fact]
    public async Task The_document_has_a_title_and_an_introduction_that_says_how_to_get_a_token()
    {
        var document = await DocumentAsync();

        Assert.Equal("Attain API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.Contains("attain token --role operator", document.GetProperty("info").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_operation_lists_the_problems_it_can_answer_each_described_with_an_example()
    {
        var failures = new List<string>();
        foreach (var (path, method, operation) in Operations(await DocumentAsync()))
        {
            var responses = operation.GetProperty("responses");
            var expected = new List<string> { "401", "403" };
            if (path.Contains('{', StringComparison.Ordinal))
            {
                expected.Add("404");
            }

            var queries = operation.TryGetProperty("parameters", out var parameters) && parameters.EnumerateArray().Any(parameter => parameter.GetProperty("in").GetString() == "query");
            if (operation.TryGetProperty("requestBody", out _) || (queries && !IsOnlyName(parameters)))
            {
                expected.Add("400");
            }

            failures.AddRange(expected.Where(code => !responses.TryGetProperty(code, out _)).Select(code => $"{method} {path}: no {code}"));
            foreach (var response in responses.EnumerateObject().Where(response => response.Name[0] is '4' or '5'))
            {
                if (!response.Value.TryGetProperty("content", out var content) || !content.TryGetProperty("application/problem+json", out var problem) || !problem.TryGetProperty("example", out _))
                {
                    failures.Add($"{method} {path}: {response.Name} is not a problem document with an example");
                }

                if (response.Value.GetProperty("description").GetString() is not { Length: > 20 })
                {
                    failures.Add($"{method} {path}: {response.Name} is not described");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Every_parameter_and_every_field_is_described_and_ids_have_real_examples()
    {
        var document = await DocumentAsync();
        var failures = new List<string>();
        foreach (var (path, method, operation) in Operations(document))
        {
            foreach (var parameter in operation.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : default)
            {
                if (!parameter.TryGetProperty("description", out _) || !parameter.TryGetProperty("example", out _))
                {
                    failures.Add($"{method} {path}: parameter {parameter.GetProperty("name").GetString()}");
                }
            }
        }

        foreach (var schema in document.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            foreach (var field in schema.Value.TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : default)
            {
                if (!field.Value.TryGetProperty("description", out _))
                {
                    failures.Add($"{schema.Name}.{field.Name}");
                }
            }
        }

        foreach (var id in new[] { "PartnerId", "IndividualId", "ExamCode", "CustomerId", "LevelId", "Month", "Usd" })
        {
            var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(id);
            if (!schema.TryGetProperty("example", out var example) || example.ValueKind == JsonValueKind.Null)
            {
                failures.Add($"{id} has no example");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task The_reference_page_loads_nothing_from_another_host_and_has_no_third_party_integrations()
    {
        var client = app.Anonymous();

        var page = await client.GetStringAsync("/scalar/");
        var script = await client.GetStringAsync("/scalar/scalar.aspnetcore.js");

        Assert.Empty(ExternalUrl().Matches(page));
        Assert.Empty(ExternalUrl().Matches(script));
        Assert.Contains("\"withDefaultFonts\":false", page, StringComparison.Ordinal);
        Assert.Contains("\"hideClientButton\":true", page, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", page, StringComparison.Ordinal);
        Assert.Contains("\"agent\":{\"disabled\":true}", page, StringComparison.Ordinal);
        Assert.Contains("\"mcp\":{\"disabled\":true}", page, StringComparison.Ordinal);
        Assert.DoesNotContain("\"token\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_in_the_reference_carries_a_token_that_opens_the_API_as_that_person()
    {
        var client = await CookieSignIn.AsPartnerAsync(app, "P-1014");

        using var response = await client.GetAsync("/scalar/");
        var token = Token().Match(await response.Content.ReadAsStringAsync());

        Assert.True(token.Success, "the page carries no token");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var bearer = app.Anonymous();
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Groups[1].Value);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await bearer.GetAsync("/api/partners/P-1014")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await bearer.GetAsync("/api/partners/P-1001")).StatusCode);
    }

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await app.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement.Clone();

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .Where(path => path.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(method => (path.Name, method.Name.ToUpperInvariant(), method.Value)));

    // POST /api/imports?name= takes any text (cleaned, never refused): its 400 is for the body, which it documents.
    private static bool IsOnlyName(JsonElement parameters) =>
        parameters.EnumerateArray().Where(parameter => parameter.GetProperty("in").GetString() == "query").All(parameter => parameter.GetProperty("name").GetString() == "name");

    [GeneratedRegex(@"https?://(?!localhost|127\.0\.0\.1)[a-z0-9.-]+", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex("\"token\":\"([^\"]+)\"")]
    private static partial Regex Token();
}
