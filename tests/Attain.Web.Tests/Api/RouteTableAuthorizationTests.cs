using System.Net;
using System.Text;
using Attain.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Attain.Web.Tests.Api;

/// <summary>
/// Every endpoint in the app's route table, pages included, whatever is added later: without a token it is 401
/// (or, for a page, a redirect to sign-in); with partner P-1001's token, another partner's id is 403 or 404, and
/// a route without an id is the operator's (403) unless it is listed below as holding no partner data.
/// </summary>
[Collection(ApiFixture.Name)]
public sealed class RouteTableAuthorizationTests(AttainWebApplication app)
{
    private const string Own = "P-1001";
    private const string Other = "P-1002";

    /// <summary>Routes open without sign-in, on purpose. A new anonymous route fails the test until it is added here.</summary>
    private static readonly HashSet<string> Anonymous = new(StringComparer.Ordinal)
    {
        "/health", "/openapi/{documentName}.json", "/scalar/{documentName?}", "/culture/{name}", "signin", "denied",
    };

    /// <summary>Routes a partner may call that hold no partner's data of their own (they redirect to, or act on, the user's own).</summary>
    private static readonly HashSet<string> PartnerWithoutId = new(StringComparer.Ordinal) { "", "signout" };

    [Fact]
    public async Task Every_endpoint_refuses_anonymous_users_and_other_partners()
    {
        var endpoints = Endpoints();
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/partners/{id}/what-if");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/imports/");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/jobs/{jobId}");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/program/evaluations");
        var anonymous = app.Anonymous();
        var partner = app.Partner(Own);
        var failures = new List<string>();

        foreach (var endpoint in endpoints)
        {
            if (endpoint.AllowsAnonymous)
            {
                // Scalar's page serves its own script and icon files under /scalar/.
                if (!Anonymous.Contains(endpoint.Pattern) && !endpoint.Pattern.StartsWith("/scalar/", StringComparison.Ordinal))
                {
                    failures.Add($"{endpoint.Pattern} allows anonymous access but is not in the list of public routes");
                }

                continue;
            }

            foreach (var method in endpoint.Methods)
            {
                var url = Url(endpoint.Pattern, Other);
                using var unsigned = await anonymous.SendAsync(Request(method, url));
                var signInRedirect = unsigned.StatusCode == HttpStatusCode.Redirect && unsigned.Headers.Location?.OriginalString.Contains("/signin", StringComparison.Ordinal) == true;
                var isApi = endpoint.Pattern.StartsWith("/api", StringComparison.Ordinal);
                if (!(unsigned.StatusCode == HttpStatusCode.Unauthorized || (!isApi && signInRedirect)))
                {
                    failures.Add($"{method} {url} without a token: {(int)unsigned.StatusCode}");
                }

                if (!endpoint.Pattern.Contains("{id}", StringComparison.Ordinal) && PartnerWithoutId.Contains(endpoint.Pattern))
                {
                    continue;
                }

                using var other = await partner.SendAsync(Request(method, url));
                if (other.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    failures.Add($"{method} {url} as partner {Own}: {(int)other.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_partner_reads_its_own_data_on_every_get_endpoint_with_an_id()
    {
        var partner = app.Partner(Own);
        var checkedCount = 0;
        foreach (var endpoint in Endpoints().Where(endpoint => endpoint.Pattern.Contains("{id}", StringComparison.Ordinal) && endpoint.Methods.Contains("GET")))
        {
            using var response = await partner.GetAsync(Url(endpoint.Pattern, Own));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {endpoint.Pattern} as {Own}: {(int)response.StatusCode}");
            checkedCount++;
        }

        Assert.True(checkedCount >= 3);
    }

    private sealed record EndpointInfo(string Pattern, IReadOnlyList<string> Methods, bool AllowsAnonymous);

    private List<EndpointInfo> Endpoints() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => new EndpointInfo(
                endpoint.RoutePattern.RawText ?? string.Empty,
                // A page answers any method: GET shows it, POST runs its handlers.
                endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() is { Count: > 0 } methods ? methods : ["GET", "POST"],
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null))
            .DistinctBy(endpoint => (endpoint.Pattern, string.Join(",", endpoint.Methods)))];

    private static string Url(string pattern, string partner)
    {
        var path = pattern.Replace("{id}", partner, StringComparison.Ordinal);
        return path.StartsWith('/') ? path : "/" + path;
    }

    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        Content = method is "GET" or "HEAD" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
    };
}
