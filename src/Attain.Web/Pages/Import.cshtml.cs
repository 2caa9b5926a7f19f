using System.Globalization;
using Attain.Core;
using Attain.Core.Explanation;
using Attain.Program;
using Attain.Program.Jobs;
using Attain.Web.Access;
using Attain.Web.Import;
using Attain.Web.Jobs;
using Attain.Web.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Attain.Web.Pages;

/// <summary>
/// The operator's import page: the same <see cref="DropImporter"/>, limit (Attain:ImportLimitBytes) and gate as
/// POST /api/imports, with the problems listed. The form is read here rather than by model binding and the
/// antiforgery filter, so that an upload over the limit gets this page with a message in its language instead
/// of the server's bare 400, and so that the upload is held in memory (as the API holds it), not in $TMPDIR.
/// An accepted drop redirects to the page of its job (?job=ID), which shows the evaluation's progress and result.
/// </summary>
[Authorize(Policy = AttainPolicies.Operator)]
[IgnoreAntiforgeryToken]
public sealed class ImportModel(DropImporter importer, ImportGate gate, IAntiforgery antiforgery, IOptions<AttainWebOptions> options, AttainProgram program) : PageModel
{
    /// <summary>Room for the form around the zip: the boundaries, the part headers and the antiforgery token.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    /// <summary>Why the upload was not taken (too large, busy, no file): one message each.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>The problems of a rejected drop, identical ones together with their lines (issue 11).</summary>
    public IReadOnlyList<ProblemGroup> Groups { get; private set; } = [];

    public Job? Job { get; private set; }

    /// <summary>Where every problem of a rejected drop can be downloaded (the list shown is grouped past 1,000).</summary>
    public string? AllProblems { get; private set; }

    public async Task OnGetAsync(long? job, CancellationToken cancellationToken)
    {
        if (job is { } id)
        {
            Job = await ProgramJobs.FindAsync(program.Db, id, cancellationToken);
        }
    }

    /// <summary>A level as the job names it ("gold", "none"), in the page's language.</summary>
    public string LevelName(string level) =>
        new EvaluationExplainer(program.Catalog, CultureInfo.CurrentUICulture).StoredLevelName(level);

    // No parameters and no bound properties: binding any would make MVC's form value provider read the form
    // first, with the default options (64 KiB in memory, the rest in $TMPDIR) and before the limit is set.
    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var limit = options.Value.ImportLimitBytes;
        var bodyLimit = limit + FormOverheadBytes;
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = bodyLimit;
        }

        if (Request.ContentLength > bodyLimit)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, TooLarge(limit));
        }

        if (!await gate.TryEnterAsync(cancellationToken))
        {
            Response.Headers.RetryAfter = ImportGate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Refused(StatusCodes.Status429TooManyRequests, WebTexts.Import_Busy);
        }

        try
        {
            return await ImportFormAsync(limit, bodyLimit, cancellationToken);
        }
        finally
        {
            gate.Exit();
        }
    }

    private async Task<IActionResult> ImportFormAsync(long limit, long bodyLimit, CancellationToken cancellationToken)
    {
        var (form, status) = await LimitedForm.ReadAsync(HttpContext, bodyLimit, antiforgery);
        if (form is null)
        {
            return status == StatusCodes.Status413PayloadTooLarge ? Refused(status, TooLarge(limit)) : Refused(status, WebTexts.Import_FormExpired);
        }

        var drop = form.Files.GetFile("drop");
        if (drop is null || drop.Length == 0)
        {
            Problems = [WebTexts.Import_NoFile];
            return Page();
        }

        if (drop.Length > limit)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, TooLarge(limit));
        }

        Validated<Admission> outcome;
        try
        {
            await using var stream = drop.OpenReadStream();
            outcome = await importer.ImportAsync(stream, drop.FileName, cancellationToken);
        }
        catch (ImportUnavailableException exception)
        {
            return Refused(StatusCodes.Status503ServiceUnavailable, Localized.Format(WebTexts.Import_Unavailable, exception.Message));
        }

        if (!outcome.IsValid)
        {
            Groups = ProblemGroup.Of(outcome.Problems);
            AllProblems = importer.ProblemListId is { } listId ? ImportsApi.ProblemListPath(listId) : null;
            return Page();
        }

        if (outcome.Value!.Busy is { } busy)
        {
            Problems = [Localized.Format(WebTexts.Import_JobBusy, busy.Id)];
            return Page();
        }

        return RedirectToPage(new { job = outcome.Value.Job!.Id });
    }

    private static string TooLarge(long limit) =>
        Localized.Format(WebTexts.Import_TooLarge, limit / (1024.0 * 1024.0), limit);

    private PageResult Refused(int statusCode, string message)
    {
        Problems = [message];
        Response.StatusCode = statusCode;
        return Page();
    }
}
