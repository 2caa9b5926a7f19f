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

    /// <summary>The level the partner holds (SPEC §6): its own section, <c>_Membership.cshtml</c>.</summary>
    public MembershipSection Membership { get; private set; } = null!;

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

    /// <summary>Exam passes by existing individuals the what-if adds (issue 11: several, not one).</summary>
    [BindProperty]
    public List<WhatIfPassRow> Passes { get; set; } = [];

    /// <summary>New individuals the what-if adds, with their exams.</summary>
    [BindProperty]
    public List<WhatIfPersonRow> NewPeople { get; set; } = [];

    [BindProperty]
    public decimal? WhatIfRevenue { get; set; }

    /// <summary>"next" or "keep": the what-if is filled in from that plan and shown (one click from the plan).</summary>
    [BindProperty(SupportsGet = true, Name = "try")]
    public string? TryPlan { get; set; }

    /// <summary>Rows the form shows: every filled one and some empty ones to add more without a script.</summary>
    public int PassRows => Math.Max(3, Passes.Count + 1);

    public int PeopleRows => Math.Max(2, NewPeople.Count + 1);

    /// <summary>Exams a new individual can bring in the form: the most exam groups one slot asks for.</summary>
    public int ExamsPerPerson => Math.Max(1, program.Catalog.Latest.Levels.SelectMany(level => level.Requirements.OfType<Core.Catalog.Requirements.ExamSlots>()).SelectMany(requirement => requirement.Slots).Select(slot => slot.Groups.Count).DefaultIfEmpty(1).Max());

    /// <summary>An empty what-if was sent: nothing changed, and the page says so.</summary>
    public bool WhatIfNothing { get; private set; }

    public IReadOnlyList<LevelView> WhatIfLevels { get; private set; } = [];

    /// <summary>The chart's projection and every other revenue figure per customer the partner is DPOR for.</summary>
    public IReadOnlyList<CustomerRevenue> Customers { get; private set; } = [];

    /// <summary>A month's revenue against the month before, in per cent: how a fall such as P-1006's in May 2026 shows in the table.</summary>
    public static string Change(Usd? before, Usd now) =>
        before is not { Amount: not 0 } previous ? string.Empty
        : ((now.Amount - previous.Amount) / Math.Abs(previous.Amount)).ToString("+0%;−0%;0%", CultureInfo.CurrentCulture);

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

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } facts)
        {
            return NotFound();
        }

        // One click from a plan: the form is filled in from it and its result shown at once (nothing is stored).
        var steps = TryPlan switch
        {
            "next" => Evaluation.Plan?.Steps,
            "keep" => Evaluation.Lapse?.KeepPlan?.Steps,
            _ => null,
        };
        if (steps is not null)
        {
            (Passes, NewPeople, WhatIfRevenue) = WhatIfForm.FromPlan(steps, number => Localized.Format(Resources.WebTexts.WhatIf_NewcomerName, number));
            RunWhatIf(facts);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is not { } facts)
        {
            return NotFound();
        }

        // A figure no decimal holds fails binding and would leave the field empty: say so rather than ignore it.
        if (ModelState.GetValidationState(nameof(WhatIfRevenue)) == ModelValidationState.Invalid)
        {
            WhatIfProblems = [$"{nameof(WhatIfRevenue)}: '{ModelState[nameof(WhatIfRevenue)]?.AttemptedValue}' is not an amount of US dollars within ±{new Usd(Usd.Limit)} with at most 2 decimals."];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        RunWhatIf(facts);
        return Page();
    }

    private void RunWhatIf(PartnerFacts facts)
    {
        if (WhatIfForm.Request(Passes, NewPeople, WhatIfRevenue, Evaluation.TtmWindow.Last) is not { } request)
        {
            WhatIfNothing = true;
            return;
        }

        var hypothetical = WhatIf.Apply(program.Catalog, facts, request, Evaluation.AsOf);
        if (!hypothetical.IsValid)
        {
            WhatIfProblems = [.. hypothetical.Problems.Select(problem => problem.ToString())];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        WhatIfEvaluation = CompetencyEvaluator.Evaluate(program.Catalog, hypothetical.Value!, Evaluation.AsOf);
        WhatIfExplanation = Explainer.Explain(WhatIfEvaluation);
        WhatIfLevels = ChecklistView.Build(WhatIfEvaluation, WhatIfExplanation);
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
        Chart = RevenueChart.Of(rules, Evaluation, RevenueHistory.Rolling(program.Catalog, facts, Evaluation), culture);
        Customers = RevenueHistory.ByCustomer(program.Catalog, facts, Evaluation.AsOf);
        Exams = [.. rules.Exams.Keys.Union(Evaluation.Individuals.SelectMany(individual => individual.Exams)).Order()];
        History = await PartnerHistory.LoadAsync(program.Db, id, cancellationToken) ?? [];
        Membership = MembershipSection.Of((await Program.Membership.PartnerMemberships.OfBatchAsync(program, [facts], program.Today, cancellationToken))[0], Explainer);
        return facts;
    }
}
