using System.Security.Claims;
using Attain.Tokens;

namespace Attain.Web.Access;

/// <summary>
/// A partner sees only its own organisation; the operator sees every partner. Every endpoint and page that
/// takes a partner id asks this, so the rule is written once.
/// </summary>
public static class PartnerAccess
{
    public static bool IsOperator(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(AttainClaims.OperatorRole);
    }

    /// <summary>The partner a partner user belongs to; null for the operator.</summary>
    public static string? OwnPartner(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(AttainClaims.PartnerRole) ? user.FindFirst(AttainClaims.Partner)?.Value : null;
    }

    public static bool CanSee(ClaimsPrincipal user, string partnerId) =>
        IsOperator(user) || string.Equals(OwnPartner(user), partnerId, StringComparison.Ordinal);

    /// <summary>
    /// The endpoint filter of /api/partners/{id}: another partner's id is 403 whether or not it exists, so a
    /// partner cannot learn which ids exist.
    /// </summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = context.HttpContext.GetRouteValue("id") as string;
        if (id is null || !CanSee(context.HttpContext.User, id))
        {
            return TypedResults.Problem(
                "A partner may see only its own organisation.",
                statusCode: StatusCodes.Status403Forbidden,
                title: "Not your organisation.");
        }

        return await next(context);
    }
}
