using System.Security.Claims;
using Attain.Tokens;

namespace Attain.Web.Access;

/// <summary>
/// A partner sees only its own organisation; the operator sees every partner. The rule is written once, here;
/// <see cref="OwnPartnerRequirement"/> applies it to every route with a partner {id}.
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
}
