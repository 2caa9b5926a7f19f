using System.Security.Claims;
using Attain.Data.Store;
using Attain.Data.Store.Rows;
using Attain.Tokens;
using Attain.Web.Resources;
using Attain.Web.Setup;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Attain.Web.Pages;

/// <summary>
/// Local sign-in for development (Auth:LocalSignIn): pick the operator or a partner, get a cookie with the same
/// claims a token carries. There is no password, so it is off unless configured on (appsettings.Development.json).
/// </summary>
[AllowAnonymous]
public sealed class SignInModel(AttainDbContext db, IConfiguration configuration) : PageModel
{
    public bool Enabled => configuration.GetValue<bool>("Auth:LocalSignIn");

    public IReadOnlyList<PartnerRow> Partners { get; private set; } = [];

    [BindProperty]
    public string Role { get; set; } = AttainClaims.OperatorRole;

    [BindProperty]
    public string? Partner { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync() => Partners = await db.Partners.AsNoTracking().OrderBy(partner => partner.PartnerId).ToListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Enabled)
        {
            return NotFound();
        }

        // Only the two roles the form offers: anything else is refused, never taken for the operator.
        if (Role is not (AttainClaims.OperatorRole or AttainClaims.PartnerRole))
        {
            Error = WebTexts.SignIn_UnknownRole;
            Role = AttainClaims.OperatorRole;
            await OnGetAsync();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var isPartner = Role == AttainClaims.PartnerRole;
        if (isPartner && (Partner is null || !await db.Partners.AnyAsync(partner => partner.PartnerId == Partner)))
        {
            Error = WebTexts.SignIn_PartnerRequired;
            await OnGetAsync();
            return Page();
        }

        var claims = new List<Claim>
        {
            new(AttainClaims.Subject, isPartner ? $"partner:{Partner}" : "operator"),
            new(AttainClaims.Role, isPartner ? AttainClaims.PartnerRole : AttainClaims.OperatorRole),
        };
        if (isPartner)
        {
            claims.Add(new Claim(AttainClaims.Partner, Partner!));
        }

        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, AttainClaims.Subject, AttainClaims.Role);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
    }
}
