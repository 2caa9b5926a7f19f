using Attain.Data.Store;
using Attain.Program.Jobs;
using Attain.Web.Access;
using Attain.Web.Import;
using Attain.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attain.Web.Pages;

/// <summary>
/// The operator's import page: the same <see cref="DropImporter"/> as POST /api/imports, with the problems listed;
/// an accepted drop redirects to the page of its job (?job=ID), which shows the evaluation's progress and result.
/// </summary>
[Authorize(Policy = AttainPolicies.Operator)]
public sealed class ImportModel(DropImporter importer, AttainDbContext db) : PageModel
{
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public Job? Job { get; private set; }

    public async Task OnGetAsync(long? job, CancellationToken cancellationToken)
    {
        if (job is { } id)
        {
            Job = await ProgramJobs.FindAsync(db, id, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? drop, CancellationToken cancellationToken)
    {
        if (drop is null || drop.Length == 0)
        {
            Problems = [WebTexts.Import_NoFile];
            return Page();
        }

        await using var stream = drop.OpenReadStream();
        var outcome = await importer.ImportAsync(stream, cancellationToken);
        if (!outcome.IsValid)
        {
            Problems = [.. outcome.Problems.Select(problem => problem.ToString())];
            return Page();
        }

        if (outcome.Value!.Busy is { } busy)
        {
            Problems = [Localized.Format(WebTexts.Import_Busy, busy.Id)];
            return Page();
        }

        return RedirectToPage(new { job = outcome.Value.Job!.Id });
    }
}
