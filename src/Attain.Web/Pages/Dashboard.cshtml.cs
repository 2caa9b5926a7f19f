using System.Globalization;
using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Program;
using Attain.Program.Evaluation;
using Attain.Program.Partners;
using Attain.Program.Summary;
using Attain.Web.Access;
using Attain.Web.Evaluation;
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

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public int Pages => Partners is { } page ? Math.Max(1, (page.Total + PageSize - 1) / PageSize) : 1;

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
        string.IsNullOrWhiteSpace(Search) ? $"?page={page}" : $"?q={Uri.EscapeDataString(Search)}&page={page}";
}
