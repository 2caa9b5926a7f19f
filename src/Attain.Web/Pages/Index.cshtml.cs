using Attain.Web.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attain.Web.Pages;

/// <summary>The front door: the operator goes to the dashboard, a partner to its own page.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() =>
        PartnerAccess.OwnPartner(User) is { } partner ? Redirect($"/partners/{Uri.EscapeDataString(partner)}") : Redirect("/dashboard");
}
