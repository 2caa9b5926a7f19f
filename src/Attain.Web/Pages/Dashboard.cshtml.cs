using System.Globalization;
using Attain.Core.Explanation;
using Attain.Web.Access;
using Attain.Web.Evaluation;
using Attain.Web.Partners;
using Attain.Web.Summary;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attain.Web.Pages;

/// <summary>The operator's dashboard: the program summary of the API, a search over partners, links to each partner's page.</summary>
[Authorize(Policy = AttainPolicies.Operator)]
public sealed class DashboardModel(ProgramEvaluator evaluator) : PageModel
{
    public ProgramSummary Summary { get; private set; } = null!;

    public IReadOnlyList<PartnerSummary> Partners { get; private set; } = [];

    public EvaluationExplainer Explainer { get; private set; } = null!;

    public IReadOnlyList<string> LevelOrder { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? QueryValue.Japanese : QueryValue.English;
        Explainer = new EvaluationExplainer(evaluator.Catalog, culture);
        var (summary, partners) = await ProgramSummary.BuildAsync(evaluator, evaluator.Today, cancellationToken);
        Summary = summary;
        var filter = new PartnerFilter(null, null, null, string.IsNullOrWhiteSpace(Search) ? null : Search.Trim());
        Partners = [.. partners.Where(filter.Matches)];
        LevelOrder = [.. summary.ByLevelAndMarket.Select(count => count.Level).Distinct()];
    }

    public string LevelName(string level) =>
        level == Core.Serialization.LevelNames.None ? Explainer.LevelName(null) : Explainer.LevelName(new Core.Model.LevelId(level));

    public string NextStep(PartnerSummary partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        if (partner.NextLevel is null)
        {
            return Resources.WebTexts.Next_Top;
        }

        var parts = new List<string>();
        if (partner.AdditionalExamPasses is > 0 and var passes)
        {
            parts.Add(Localized.Format(Resources.WebTexts.Next_Exams, passes));
        }

        if (partner.RevenueShortfallUsd is { } shortfall)
        {
            parts.Add(Localized.Format(Resources.WebTexts.Next_Revenue, Localized.Money(shortfall)));
        }

        return $"{LevelName(partner.NextLevel)}: {string.Join(" + ", parts)}";
    }
}
