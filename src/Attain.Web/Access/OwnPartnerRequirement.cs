using Microsoft.AspNetCore.Authorization;

namespace Attain.Web.Access;

/// <summary>
/// The route's {id} is the user's own partner, or the user is the operator. Checked by the authorization
/// middleware, before any handler, form binding or antiforgery check, so every API route and page with an {id}
/// answers another partner's id with 403 (the same whether or not that id exists).
/// </summary>
public sealed class OwnPartnerRequirement : AuthorizationHandler<OwnPartnerRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnPartnerRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Resource is HttpContext http && http.GetRouteValue("id") is string id && PartnerAccess.CanSee(context.User, id))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
