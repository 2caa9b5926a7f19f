using Attain.Web.Access;
using Attain.Web.Import;
using Attain.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attain.Web.Pages;

/// <summary>The operator's import page: the same <see cref="DropImporter"/> as POST /api/imports, with the problems listed.</summary>
[Authorize(Policy = AttainPolicies.Operator)]
public sealed class ImportModel(DropImporter importer) : PageModel
{
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public ImportResult? Result { get; private set; }

    /// <summary>Where every problem of a rejected drop can be downloaded (the list shown is grouped past 1,000).</summary>
    public string? AllProblems { get; private set; }

    public void OnGet()
    {
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
        if (outcome.IsValid)
        {
            Result = outcome.Value;
        }
        else
        {
            Problems = [.. outcome.Problems.Select(problem => problem.ToString())];
            AllProblems = importer.ProblemListId is { } id ? ImportsApi.ProblemListPath(id) : null;
        }

        return Page();
    }
}
