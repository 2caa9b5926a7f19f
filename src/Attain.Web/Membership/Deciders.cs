using System.Security.Claims;

namespace Attain.Web.Membership;

/// <summary>Who a decision is recorded as: the signed-in operator, by the name the token or sign-in gives.</summary>
public static class Deciders
{
    public static string Name(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        // An OpenID Connect provider names people in "name" or "preferred_username"; local tokens carry only the subject.
        return user.FindFirst("name")?.Value ?? user.FindFirst("preferred_username")?.Value ?? user.Identity?.Name ?? "operator";
    }
}
