using System.Globalization;
using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Core.Model;
using Attain.Program;
using Attain.Program.History;
using Attain.Program.Partners;
using Attain.Web.Access;
using Attain.Web.Evaluation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Attain.Web.Pages.Partners;

/// <summary>
/// A partner's page: where it stands today and why, and a what-if form. The route's {id} is checked by the
/// <see cref="AttainPolicies.OwnPartner"/> policy before anything here runs, as for the API.
/// </summary>
[Authorize(Policy = AttainPolicies.OwnPartner)]
public sealed class PartnerModel(AttainProgram program) : PageModel
{
    public PartnerEvaluation Evaluation { get; private set; } = null!;

    public PartnerExplanation Explanation { get; private set; } = null!;

    public IReadOnlyList<LevelView> Levels { get; private set; } = [];

    public IReadOnlyList<MatrixRow> Matrix { get; private set; } = [];

    public RevenueChart Chart { get; private set; } = null!;

    public IReadOnlyList<HistoryEntry> History { get; private set; } = [];

    public EvaluationExplainer Explainer { get; private set; } = null!;

    // The matrix is a table: its marks write dates the ISO way (SPEC §7, issue 11).
    private EvaluationExplainer _cells = null!;

    /// <summary>The matrix's columns: the exams of the version in force, and any other exam someone has passed.</summary>
    public IReadOnlyList<ExamCode> Exams { get; private set; } = [];

    public string ExamTitle(ExamCode code) => program.Catalog.KnownExams[code].Title;

    /// <summary>"retired on …, accepted until …" under the version in force (issue 13, item 2); null for an exam in good standing.</summary>
    public string? ExamValidity(ExamCode code) => _cells.ExamNote(Evaluation, code);

    /// <summary>A stored level in words; a level a later catalog dropped is shown as stored.</summary>
    public string LevelName(string level) => Explainer.StoredLevelName(level);

    [BindProperty]
    public string? WhatIfIndividual { get; set; }

    [BindProperty]
    public string? WhatIfExam { get; set; }

    [BindProperty]
    public decimal? WhatIfRevenue { get; set; }

    /// <summary>A requirement's figures in a snapshot, in the page's language: dollars found of required, or individuals.</summary>
    public static string Figure(RequirementFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure switch
        {
            { FoundUsd: { } found, RequiredUsd: { } required } => Localized.Format(Resources.WebTexts.Progress_Label, Localized.Money(new Usd(found)), Localized.Money(new Usd(required))),
            { IndividualsFound: { } found, IndividualsRequired: { } required } => Localized.Format(Resources.WebTexts.Progress_Label, found, required),
            _ => string.Empty,
        };
    }

    public PartnerEvaluation? WhatIfEvaluation { get; private set; }

    public PartnerExplanation? WhatIfExplanation { get; private set; }

    public IReadOnlyList<string> WhatIfProblems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } facts)
        {
            return NotFound();
        }

        var asOf = Evaluation.AsOf;
        var request = new WhatIfRequest(
            ExamPasses: WhatIfExam is { Length: > 0 } ? [new WhatIfExamPass(WhatIfIndividual, WhatIfExam)] : null,
            // Revenue is added to the last month of the window: the month that counts for as long as possible.
            Revenue: WhatIfRevenue is { } amount and not 0 ? [new WhatIfRevenue(Evaluation.TtmWindow.Last.ToString(), amount)] : null);
        var hypothetical = WhatIf.Apply(program.Catalog, facts, request, asOf);

        // A figure no decimal holds fails binding and would leave the field empty: say so rather than ignore it.
        string[] unbound = ModelState.GetValidationState(nameof(WhatIfRevenue)) == ModelValidationState.Invalid
            ? [$"{nameof(WhatIfRevenue)}: '{ModelState[nameof(WhatIfRevenue)]?.AttemptedValue}' is not an amount of US dollars within ±{new Usd(Usd.Limit)} with at most 2 decimals."]
            : [];
        if (!hypothetical.IsValid || unbound.Length > 0)
        {
            WhatIfProblems = [.. unbound, .. hypothetical.Problems.Select(problem => problem.ToString())];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        WhatIfEvaluation = CompetencyEvaluator.Evaluate(program.Catalog, hypothetical.Value!, asOf);
        WhatIfExplanation = Explainer.Explain(WhatIfEvaluation);
        return Page();
    }

    private async Task<PartnerFacts?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (await PartnerView.FactsAsync(program, new PartnerId(id), cancellationToken) is not { } facts)
        {
            return null;
        }

        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? QueryValue.Japanese : QueryValue.English;
        // Pages write dates in sentences the long way, in the page's language (issue 11; SPEC §7).
        Explainer = new EvaluationExplainer(program.Catalog, culture, DateStyle.Spelled);
        _cells = new EvaluationExplainer(program.Catalog, culture);
        var view = PartnerView.Of(program, facts, program.Today, culture);
        Evaluation = view.Evaluation;
        Explanation = Explainer.Explain(Evaluation);
        Levels = ChecklistView.Build(Evaluation, Explanation);
        var rules = Explainer.RulesOf(Evaluation);
        Matrix = ChecklistView.Matrix(rules, Evaluation, culture);
        Chart = RevenueChart.Of(rules, Evaluation, culture);
        Exams = [.. rules.Exams.Keys.Union(Evaluation.Individuals.SelectMany(individual => individual.Exams)).Order()];
        History = await PartnerHistory.LoadAsync(program.Db, id, cancellationToken) ?? [];
        return facts;
    }
}
