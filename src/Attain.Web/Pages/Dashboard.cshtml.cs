using System.Globalization;
using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Program;
using Attain.Program.Evaluation;
using Attain.Program.Membership;
using Attain.Program.Partners;
using Attain.Program.Summary;
using Attain.Web.Access;
using Attain.Web.Evaluation;
using Attain.Web.Membership;
using Attain.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attain.Web.Pages;

/// <summary>
/// The operator's dashboard: the program summary of the API and a page of partners with a search, both from the
/// stored evaluation (never evaluated here), with links to each partner's page.
/// </summary>
[Authorize(Policy = AttainPolicies.Operator)]
public sealed class DashboardModel(AttainProgram program) : PageModel
{
    public const int PageSize = 50;

    public ProgramSummary? Summary { get; private set; }

    public PartnerPage? Partners { get; private set; }

    public EvaluationExplainer Explainer { get; private set; } = null!;

    public IReadOnlyList<string> LevelOrder { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    // Not "page": Razor Pages keeps that name for the page's own route value, which wins over the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The approval queue, reminders and at-risk list (SPEC §6) under the level and market filter.</summary>
    public MembershipBoard? Membership { get; private set; }

    [BindProperty(SupportsGet = true, Name = "level")]
    public string? LevelFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "market")]
    public string? MarketFilter { get; set; }

    /// <summary>What the last decision did, shown once after the redirect.</summary>
    [TempData]
    public string? Decided { get; set; }

    public string? DecisionError { get; private set; }

    public int Pages => Partners is { } page ? Math.Max(1, (page.Total + PageSize - 1) / PageSize) : 1;

    /// <summary>A search that matched more partners than are counted goes on while its pages are full.</summary>
    public bool HasNextPage => Partners is { } page && (page.TotalExact ? PageNumber < Pages : page.Items.Count == PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? QueryValue.Japanese : QueryValue.English;
        Explainer = new EvaluationExplainer(program.Catalog, culture);
        if (await StoredEvaluation.LatestAsync(program.Db, cancellationToken) is not { } stored)
        {
            return;
        }

        Summary = await ProgramSummary.LoadAsync(program, stored, cancellationToken);
        PageNumber = Math.Max(1, PageNumber);
        Partners = await PartnerList.PageAsync(program.Db, stored, new PartnerQuery(Search: Search, Page: PageNumber, PageSize: PageSize), cancellationToken);
        LevelOrder = [.. Summary.ByLevelAndMarket.Select(count => count.Level).Distinct()];
        Membership = await MembershipBoard.LoadAsync(program, stored, Explainer, LevelFilter, MarketFilter, cancellationToken);
    }

    public Task<IActionResult> OnPostApproveAsync(string? partner, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(DecisionLog.Approve, partner, reason, cancellationToken);

    public Task<IActionResult> OnPostDeferAsync(string? partner, string? reason, CancellationToken cancellationToken) =>
        DecideAsync(DecisionLog.Defer, partner, reason, cancellationToken);

    /// <summary>One click on the queue: the decision as the signed-in operator, from today (defer: for 3 months); the page again, filters kept.</summary>
    private async Task<IActionResult> DecideAsync(string kind, string? partner, string? reason, CancellationToken cancellationToken)
    {
        var request = new DecisionRequest(new Core.Model.PartnerId(partner ?? string.Empty), kind, Deciders.Name(User), reason ?? string.Empty);
        var outcome = await MembershipDecisions.RecordAsync(program, request, cancellationToken);
        if (outcome.Decision is null)
        {
            DecisionError = outcome.UnknownPartner ? Localized.Format(WebTexts.Decision_UnknownPartner, partner)
                : outcome.Refusal == Core.Membership.DecisionRefusal.ReasonMissing ? WebTexts.Decision_NoReason
                : Localized.Format(WebTexts.Decision_NoPending, partner);
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var held = new EvaluationExplainer(program.Catalog, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? QueryValue.Japanese : QueryValue.English)
            .LevelName(outcome.Membership!.Membership.HeldLevel);
        Decided = Localized.Format(kind == DecisionLog.Approve ? WebTexts.Decision_Approved : WebTexts.Decision_Deferred, partner, held);
        return RedirectToPage(new { level = LevelFilter, market = MarketFilter });
    }

    public string LevelName(string level) => Explainer.StoredLevelName(level);

    public static string LevelKey(PartnerStanding partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return partner.Level?.Value ?? Core.Serialization.LevelNames.None;
    }

    public string NextStep(PartnerStanding partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return Explainer.NextStep(partner.Next);
    }

    public string PageLink(int page) =>
        string.IsNullOrWhiteSpace(Search) ? $"?p={page}" : $"?q={Uri.EscapeDataString(Search)}&p={page}";
}
