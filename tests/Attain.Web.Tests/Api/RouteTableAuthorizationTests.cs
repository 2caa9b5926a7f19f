using System.Net;
using System.Text;
using Attain.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Attain.Web.Tests.Api;

/// <summary>
/// Every endpoint in the app's route table, pages included, whatever is added later, as the README documents it:
/// without sign-in an API route is 401 and a page redirects to sign-in; a partner's token on another partner's
/// {id} is exactly 403, whether that id exists or not; a partner's cookie on another partner's page is sent to
/// /denied, which is 403 (and a cookie never authorizes the API: 401); a route without an id is the operator's
/// unless it is listed below as holding no partner data.
/// </summary>
[Collection(ApiFixture.Name)]
public sealed class RouteTableAuthorizationTests(AttainWebApplication app)
{
    private const string Own = "P-1001";
    private const string Other = "P-1002";
    private const string Missing = "P-9999";

    /// <summary>
    /// Routes open without sign-in, on purpose, as the README's table lists them (health, the OpenAPI document, the
    /// Scalar reference and the files its page loads), plus sign-in, the denied page and the language switch. A new
    /// anonymous route fails the test until it is added here.
    /// </summary>
    private static readonly HashSet<string> Anonymous = new(StringComparer.Ordinal)
    {
        "/health", "/health/live", "/health/ready", "/openapi/{documentName}.json", "/scalar/{documentName?}", "/scalar/scalar.js",
        "/scalar/scalar.aspnetcore.js", "/scalar/favicon.svg", "/culture/{name}", "signin", "denied", "status/{code:int}",
    };

    /// <summary>Routes a partner may call that hold no partner's data of their own (they redirect to, or act on, the user's own).</summary>
    private static readonly HashSet<string> PartnerWithoutId = new(StringComparer.Ordinal) { "", "signout" };

    [Fact]
    public void The_public_routes_are_exactly_the_documented_ones()
    {
        var endpoints = Endpoints();
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/partners/{id}/what-if");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/imports/");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/jobs/{jobId}");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/program/evaluations");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "partners/{id}");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/partners/{id}/membership/");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/partners/{id}/membership/approve");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/program/reminders/");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/program/catalog-impact");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/program/catalog-impact/{runId}");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "catalog-impact");

        var anonymous = endpoints.Where(endpoint => endpoint.AllowsAnonymous).Select(endpoint => endpoint.Pattern).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(anonymous.Except(Anonymous));
    }

    [Fact]
    public async Task Without_sign_in_the_API_is_401_and_a_page_redirects_to_sign_in()
    {
        var anonymous = app.Anonymous();
        var failures = new List<string>();
        foreach (var (endpoint, method) in Protected())
        {
            using var response = await anonymous.SendAsync(Request(method, Url(endpoint.Pattern, Other)));
            var expected = endpoint.IsApi ? response.StatusCode == HttpStatusCode.Unauthorized : RedirectsTo(response, "/signin");
            if (!expected)
            {
                failures.Add($"{method} {endpoint.Pattern} without sign-in: {Describe(response)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_partner_token_on_another_partners_id_is_403_whether_or_not_it_exists()
    {
        var partner = app.Partner(Own);
        var failures = new List<string>();
        var tried = 0;
        foreach (var (endpoint, method) in Protected().Where(route => route.Endpoint.HasId))
        {
            foreach (var id in new[] { Other, Missing })
            {
                using var response = await partner.SendAsync(Request(method, Url(endpoint.Pattern, id)));
                tried++;
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{method} {Url(endpoint.Pattern, id)} with {Own}'s token: {Describe(response)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.True(tried >= 12, $"only {tried} requests: the route table should have API routes and a page with an id");
    }

    [Fact]
    public async Task A_partner_cookie_on_another_partners_page_is_denied_with_403_whether_or_not_it_exists()
    {
        var partner = await CookieSignIn.AsPartnerAsync(app, Own);
        var failures = new List<string>();
        foreach (var (endpoint, method) in Protected().Where(route => route.Endpoint.HasId))
        {
            foreach (var id in new[] { Other, Missing })
            {
                using var response = await partner.SendAsync(Request(method, Url(endpoint.Pattern, id)));
                if (endpoint.IsApi)
                {
                    // The API never takes the pages' cookie (AuthSetup): no antiforgery tokens needed there.
                    if (response.StatusCode != HttpStatusCode.Unauthorized)
                    {
                        failures.Add($"{method} {Url(endpoint.Pattern, id)} with {Own}'s cookie: {Describe(response)}");
                    }

                    continue;
                }

                if (!RedirectsTo(response, "/denied"))
                {
                    failures.Add($"{method} {Url(endpoint.Pattern, id)} with {Own}'s cookie: {Describe(response)}");
                    continue;
                }

                using var denied = await partner.GetAsync(response.Headers.Location);
                if (denied.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"{method} {Url(endpoint.Pattern, id)} with {Own}'s cookie, then {response.Headers.Location}: {Describe(denied)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_route_without_an_id_is_the_operators_unless_it_holds_no_partner_data()
    {
        var token = app.Partner(Own);
        var cookie = await CookieSignIn.AsPartnerAsync(app, Own);
        var failures = new List<string>();
        foreach (var (endpoint, method) in Protected().Where(route => !route.Endpoint.HasId && !PartnerWithoutId.Contains(route.Endpoint.Pattern)))
        {
            var url = Url(endpoint.Pattern, Other);
            using var withToken = await token.SendAsync(Request(method, url));
            if (withToken.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{method} {url} with {Own}'s token: {Describe(withToken)}");
            }

            using var withCookie = await cookie.SendAsync(Request(method, url));
            if (!(endpoint.IsApi ? withCookie.StatusCode == HttpStatusCode.Unauthorized : RedirectsTo(withCookie, "/denied")))
            {
                failures.Add($"{method} {url} with {Own}'s cookie: {Describe(withCookie)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_partner_reads_its_own_data_on_every_get_endpoint_with_an_id()
    {
        var token = app.Partner(Own);
        var cookie = await CookieSignIn.AsPartnerAsync(app, Own);
        var checkedCount = 0;
        foreach (var endpoint in Endpoints().Where(endpoint => endpoint.HasId && endpoint.Methods.Contains("GET")))
        {
            using var response = await token.GetAsync(Url(endpoint.Pattern, Own));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {endpoint.Pattern} with {Own}'s token: {(int)response.StatusCode}");
            if (!endpoint.IsApi)
            {
                using var page = await cookie.GetAsync(Url(endpoint.Pattern, Own));
                Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {endpoint.Pattern} with {Own}'s cookie: {(int)page.StatusCode}");
            }

            checkedCount++;
        }

        Assert.True(checkedCount >= 4, $"only {checkedCount} GET routes with an id");
    }

    [Fact]
    public async Task A_partner_token_cannot_decide_on_its_own_membership()
    {
        // Decisions are the operator's (SPEC §6): a partner sees its own membership but every decision route is 403 to it.
        var partner = app.Partner(Own);
        var decisions = Protected().Where(route => route.Method == "POST" && route.Endpoint.Pattern.StartsWith("/api/partners/{id}/membership/", StringComparison.Ordinal)).ToList();
        var failures = new List<string>();
        foreach (var (endpoint, method) in decisions)
        {
            using var response = await partner.SendAsync(Request(method, Url(endpoint.Pattern, Own)));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"{method} {Url(endpoint.Pattern, Own)} with {Own}'s token: {Describe(response)}");
            }
        }

        Assert.Equal(4, decisions.Count);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private sealed record EndpointInfo(string Pattern, IReadOnlyList<string> Methods, bool AllowsAnonymous)
    {
        public bool IsApi => Pattern.StartsWith("/api", StringComparison.Ordinal);

        public bool HasId => Pattern.Contains("{id}", StringComparison.Ordinal);
    }

    private List<(EndpointInfo Endpoint, string Method)> Protected() =>
        [.. Endpoints().Where(endpoint => !endpoint.AllowsAnonymous).SelectMany(endpoint => endpoint.Methods.Select(method => (endpoint, method)))];

    private List<EndpointInfo> Endpoints() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => new EndpointInfo(
                endpoint.RoutePattern.RawText ?? string.Empty,
                // A page answers any method: GET shows it, POST runs its handlers.
                endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() is { Count: > 0 } methods ? methods : ["GET", "POST"],
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null))
            .DistinctBy(endpoint => (endpoint.Pattern, string.Join(",", endpoint.Methods)))];

    private static bool RedirectsTo(HttpResponseMessage response, string path) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains(path, StringComparison.Ordinal) == true;

    private static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode}{(response.Headers.Location is { } location ? " → " + location : string.Empty)}";

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
