using Attain.Tokens;
using Attain.Web.Access;
using Microsoft.IdentityModel.Tokens;
using Scalar.AspNetCore;

namespace Attain.Web.Setup.OpenApi;

/// <summary>
/// /scalar, the interactive reference, set up for this product (issue 11): Attain's title and icon, nothing from a third
/// party (no client button to Scalar's cloud, no AI agent or MCP, no telemetry, no fonts from a CDN: the page works
/// offline, in the system's fonts as the rest of the app), and "Test request" as the signed-in person: the pages' cookie
/// never opens the API, so the page carries a bearer token for them, minted with the local key and valid an hour.
/// With an OpenID Connect provider (Auth:Authority) no token can be minted here; the introduction says how to get one.
/// </summary>
public static class ApiReferenceSetup
{
    /// <summary>How long the token the page carries is valid.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    private const string SystemFonts = """
        .scalar-app, .scalar-api-reference, :root {
          --scalar-font: system-ui, -apple-system, "Segoe UI", Roboto, "Hiragino Sans", "Noto Sans JP", "Noto Sans CJK JP", sans-serif;
          --scalar-font-code: ui-monospace, "SFMono-Regular", Menlo, Consolas, "DejaVu Sans Mono", monospace;
        }
        """;

    public static void MapAttainApiReference(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var signingKey = string.IsNullOrWhiteSpace(app.Configuration["Auth:Authority"])
            ? LocalSigningKey.LoadOrCreate(app.Configuration["Auth:SigningKeyFile"] is { Length: > 0 } file ? file : null)
            : null;
        // Tokens are checked against the real time, whatever clock the app's evaluations use.
        var clock = TimeProvider.System;
        app.MapScalarApiReference((options, context) =>
        {
            options.WithTitle(ApiIntroduction.Title)
                .WithFavicon("/favicon.svg")
                .DisableDefaultFonts()
                .WithCustomCss(SystemFonts)
                .HideClientButton()
                .DisableAgent()
                .DisableMcp()
                .DisableTelemetry()
                .WithDefaultHttpClient(ScalarTarget.Shell, ScalarClient.Curl);
            if (signingKey is not null && TokenFor(context, signingKey, clock) is { } token)
            {
                // The page now holds a credential: never kept by a cache.
                context.Response.Headers.CacheControl = "no-store";
                options.AddPreferredSecuritySchemes(["Bearer"])
                    .AddHttpAuthentication("Bearer", scheme => scheme.Token = token);
            }
        }).AllowAnonymous();
    }

    private static string? TokenFor(HttpContext context, SecurityKey key, TimeProvider clock)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        if (PartnerAccess.IsOperator(user))
        {
            return LocalTokens.Mint(key, AttainClaims.OperatorRole, null, TokenLifetime, clock);
        }

        return PartnerAccess.OwnPartner(user) is { } partner
            ? LocalTokens.Mint(key, AttainClaims.PartnerRole, partner, TokenLifetime, clock)
            : null;
    }
}
