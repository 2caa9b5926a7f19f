using System.Globalization;
using System.Text;
using Attain.Core;
using Attain.Core.Catalog;
using Attain.Core.Explanation;
using Attain.Core.Model;
using Attain.Data.Store.Evaluation;
using Attain.Program;
using Attain.Program.Impact;
using Attain.Web.Access;
using Attain.Web.Evaluation;
using Attain.Web.Impact;
using Attain.Web.Resources;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attain.Web.Pages;

/// <summary>
/// The operator's catalog impact page (SPEC §5, issue 13 item 3): upload a proposed catalog or pick a shipped one; the
/// impact runs in the background (<see cref="ImpactRuns"/>) and the page of its run (?run=ID) shows progress, then the
/// counts per transition, filters (transition, market), 50 partners a page and a CSV download. Nothing is stored. The
/// form is read by hand, as on the import page, so that an upload over the limit gets this page with a message in its
/// language, never the server's bare 400.
/// </summary>
[Authorize(Policy = AttainPolicies.Operator)]
[IgnoreAntiforgeryToken]
public sealed class CatalogImpactModel(AttainProgram program, Proposal proposal, ImpactRuns runs, IAntiforgery antiforgery) : PageModel
{
    public const int PageSize = 50;

    /// <summary>Room for the form around the file: the boundaries, the part headers, the date and the antiforgery token.</summary>
    private const long FormOverheadBytes = 16 * 1024;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public ImpactRun? Run { get; private set; }

    /// <summary>True when ?run= names a run no longer kept (or never made).</summary>
    public bool Gone { get; private set; }

    public IReadOnlyList<ImpactedPartner> Matching { get; private set; } = [];

    public IReadOnlyList<string> ShippedCatalogs => Proposal.Shipped;

    public EvaluationExplainer Explainer { get; private set; } = null!;

    public DateOnly AsOf { get; private set; }

    public string? RunId { get; private set; }

    public string? From { get; private set; }

    public string? To { get; private set; }

    public string? MarketFilter { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Pages => Math.Max(1, (Matching.Count + PageSize - 1) / PageSize);

    public IEnumerable<ImpactedPartner> OnThisPage => Matching.Skip((PageNumber - 1) * PageSize).Take(PageSize);

    // The query is bound per handler, never as page properties: those would be bound on POST too, reading the form
    // before the size limit is set (see OnPostAsync).
    public void OnGet(string? run, string? from, string? to, string? market, int page = 1)
    {
        Prepare();
        (RunId, From, To, MarketFilter, PageNumber) = (run, from, to, market, page);
        if (RunId is null)
        {
            return;
        }

        Run = runs.Find(RunId);
        Gone = Run is null;
        if (Run?.Result is { } result)
        {
            if (!ImpactApi.TryFilter(From, To, MarketFilter, out var filter, out _))
            {
                MarketFilter = null;
                filter = filter with { Market = null };
            }

            Matching = [.. result.Where(filter)];
            PageNumber = Math.Clamp(PageNumber, 1, Pages);
        }
    }

    /// <summary>The partners that match the filters, as CSV (<see cref="ImpactCsv"/>: names neutralised against formulas).</summary>
    public IActionResult OnGetCsv(string? run, string? from, string? to, string? market)
    {
        if (runs.Find(run)?.Result is not { } result || !ImpactApi.TryFilter(from, to, market, out var filter, out _))
        {
            return NotFound();
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        ImpactCsv.Write(result.Where(filter), text);
        return File(new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetBytes(text.ToString()), "text/csv; charset=utf-8", $"catalog-impact-{result.AsOf:yyyy-MM-dd}.csv");
    }

    // No parameters: binding any would read the form before the limit is set.
    public async Task<IActionResult> OnPostAsync()
    {
        Prepare();
        var cancellationToken = HttpContext.RequestAborted;
        var bodyLimit = proposal.LimitBytes + FormOverheadBytes;
        if (HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = bodyLimit;
        }

        if (Request.ContentLength > bodyLimit)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, TooLarge());
        }

        var (read, status) = await LimitedForm.ReadAsync(HttpContext, bodyLimit, antiforgery);
        if (read is not { } form)
        {
            return status == StatusCodes.Status413PayloadTooLarge ? Refused(status, TooLarge()) : Refused(status, WebTexts.Import_FormExpired);
        }

        var asOfText = form["asOf"].ToString();
        if (asOfText.Length > 0)
        {
            if (!IsoDate.TryParse(asOfText, out var day))
            {
                return Refused(StatusCodes.Status400BadRequest, Localized.Format(WebTexts.Impact_BadDate, asOfText));
            }

            AsOf = day;
        }

        if (form.Files.GetFile("proposal") is not { Length: > 0 } && form["shipped"].ToString().Length == 0)
        {
            return Refused(StatusCodes.Status400BadRequest, WebTexts.Impact_NoProposal);
        }

        var (proposed, name) = await ReadProposalAsync(form, cancellationToken);
        if (proposed is null)
        {
            return Refused(StatusCodes.Status413PayloadTooLarge, TooLarge());
        }

        if (!proposed.IsValid)
        {
            Problems = [.. proposed.Problems.Select(problem => problem.ToString())];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var total = await StoredFacts.CountPartnersAsync(program.Db, cancellationToken);
        return runs.TryStart(proposed.Value!, name, AsOf, total) is { } run
            ? RedirectToPage(new { run = run.Id.ToString("N") })
            : Refused(StatusCodes.Status409Conflict, WebTexts.Impact_Busy);
    }

    public string LevelName(string key) =>
        key == Core.Serialization.LevelNames.None ? Explainer.LevelName(null) : Explainer.LevelName(new LevelId(key));

    /// <summary>A link to this run with the filters and page given (null keeps none): the transitions, the pager and the CSV use it.</summary>
    public string Link(string? from, string? to, string? market, int? page, string? handler = null)
    {
        var query = new List<string> { $"run={Uri.EscapeDataString(RunId ?? string.Empty)}" };
        Add("handler", handler);
        Add("from", from);
        Add("to", to);
        Add("market", market);
        Add("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
        return "?" + string.Join("&", query);

        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
    }

    private async Task<(Validated<VersionedCatalog>? Read, string Name)> ReadProposalAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        if (form.Files.GetFile("proposal") is { Length: > 0 } file)
        {
            var name = Path.GetFileName(file.FileName) is { Length: > 0 and <= 100 } given ? given : "proposal.json";
            await using var stream = file.OpenReadStream();
            return await proposal.ReadLimitedAsync(stream, cancellationToken) is { } bytes
                ? (await proposal.ReadAsync(bytes, name, cancellationToken), name)
                : (null, name);
        }

        var shipped = form["shipped"].ToString();
        return (await proposal.ShippedAsync(shipped, cancellationToken), shipped);
    }

    private void Prepare()
    {
        Explainer = new EvaluationExplainer(program.Catalog, Localized.IsJapanese ? QueryValue.Japanese : QueryValue.English);
        AsOf = program.Today;
    }

    private string TooLarge() => Localized.Format(WebTexts.Impact_TooLarge, proposal.LimitBytes / 1024.0, proposal.LimitBytes);

    private PageResult Refused(int statusCode, string message)
    {
        Problems = [message];
        Response.StatusCode = statusCode;
        return Page();
    }
}
