using Attain.Tokens;
using Attain.Web.Access;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace Attain.Web.Setup;

/// <summary>
/// Sign-in. The API takes JWT bearer tokens: from the OpenID Connect provider named by Auth:Authority and
/// Auth:Audience in production, else signed with the local key that `attain token` uses. The pages use a
/// cookie (local sign-in in development). Both carry the same claims (<see cref="AttainClaims"/>).
/// </summary>
public static class AuthSetup
{
    private const string Selector = "attain";

    public static IServiceCollection AddAttainAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var authority = configuration["Auth:Authority"];
        var audience = configuration["Auth:Audience"] is { Length: > 0 } configured ? configured : AttainClaims.Audience;
        services.AddAuthentication(Selector)
            // A bearer header, or any /api path, goes to JWT: the API answers 401, never a redirect, and a
            // cookie never authorizes the API, so the API needs no antiforgery tokens.
            .AddPolicyScheme(Selector, Selector, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || context.Request.Path.StartsWithSegments("/api")
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.MapInboundClaims = false;
                if (!string.IsNullOrWhiteSpace(authority))
                {
                    options.Authority = authority;
                    options.Audience = audience;
                    options.TokenValidationParameters.NameClaimType = AttainClaims.Subject;
                    options.TokenValidationParameters.RoleClaimType = AttainClaims.Role;
                }
                else
                {
                    var keyFile = configuration["Auth:SigningKeyFile"] is { Length: > 0 } file ? file : null;
                    options.TokenValidationParameters = LocalTokens.ValidationParameters(LocalSigningKey.LoadOrCreate(keyFile));
                }
            })
            .AddCookie(options =>
            {
                options.LoginPath = "/signin";
                options.AccessDeniedPath = "/denied";
                options.Cookie.Name = "attain.auth";
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.SlidingExpiration = true;
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(AttainPolicies.Operator, policy => policy.RequireRole(AttainClaims.OperatorRole))
            .AddPolicy(AttainPolicies.OwnPartner, policy => policy.RequireAuthenticatedUser().AddRequirements(new OwnPartnerRequirement()))
            // Everything needs a signed-in operator or partner unless it says otherwise (health, sign-in, OpenAPI).
            .SetFallbackPolicy(SignedIn())
            .SetDefaultPolicy(SignedIn());
        return services;
    }

    private static AuthorizationPolicy SignedIn() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(AttainClaims.OperatorRole, AttainClaims.PartnerRole).Build();
}
