using Attain.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attain.Web.Pages;

/// <summary>
/// The page a person gets instead of an empty error answer (issue 11): a page that does not exist, or a partner that
/// does not, in the request's language. The status code pages re-execute here for every path outside /api, which
/// keeps answering RFC 9457 problems. Anyone may see it: it says nothing about the store beyond the address asked.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = string.Empty;

    public string Text { get; private set; } = string.Empty;

    // A refused POST (a form on a page one may not use) is re-executed as a POST: it gets the same page.
    public void OnPost(int code) => OnGet(code);

    public void OnGet(int code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        // Opened directly (not re-executed), the page answers as the status it names, within the errors a page shows.
        Response.StatusCode = original is not null ? Response.StatusCode : code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        if (Response.StatusCode == StatusCodes.Status404NotFound)
        {
            Title = WebTexts.Status_NotFound_Title;
            Text = PartnerOf(original?.OriginalPath) is { } partner
                ? Localized.Format(WebTexts.Status_PartnerMissing, partner)
                : WebTexts.Status_NotFound_Text;
        }
        else
        {
            Title = Localized.Format(WebTexts.Status_Other_Title, Response.StatusCode);
            Text = WebTexts.Status_Other_Text;
        }
    }

    /// <summary>The id of a partner page asked for (/partners/{id}), which the 404 then names.</summary>
    private static string? PartnerOf(string? path) =>
        path is not null && path.StartsWith("/partners/", StringComparison.OrdinalIgnoreCase) && path["/partners/".Length..] is { Length: > 0 } id && !id.Contains('/', StringComparison.Ordinal)
            ? id
            : null;
}
