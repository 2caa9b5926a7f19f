using System.Globalization;
using Attain.Core.Catalog;
using Attain.Core.Catalog.Requirements;
using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Explanation;

/// <summary>
/// Puts an evaluation into words, in English or Japanese. The engine's result stays language-neutral;
/// every sentence comes from the resources (Texts.resx, Texts.ja.resx) and the catalog's own texts, those of the
/// version the evaluation was made under (SPEC §5). Dates in its sentences are ISO unless the host asks for the long
/// form of its pages (<see cref="DateStyle"/>, issue 11).
/// </summary>
public sealed partial class EvaluationExplainer(VersionedCatalog catalog, CultureInfo culture, DateStyle dates = DateStyle.Iso)
{
    public PartnerExplanation Explain(PartnerEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var rules = RulesOf(evaluation);
        var words = new RequirementWording(this, rules, evaluation, culture);
        var headline = evaluation.Level is { } held
            ? Say(nameof(Texts.Headline_Held), evaluation.PartnerName, LevelName(held), Date(evaluation.AsOf))
            : Say(nameof(Texts.Headline_None), evaluation.PartnerName, Date(evaluation.AsOf));
        var window = Say(nameof(Texts.Window), evaluation.TtmWindow.First, evaluation.TtmWindow.Last);
        var levels = evaluation.Levels.Select(level => Checklist(rules, level, words)).ToList();

        var (planHeading, plan) = evaluation.Plan is { } next
            ? (Say(nameof(Texts.Plan_Heading), LevelName(next.Level)), next.Steps.SelectMany(step => Requirement(rules, next.Level, step.RequirementId).DescribePlan(step, words)).ToList())
            : (Say(nameof(Texts.Plan_TopLevel), LevelName(rules.Levels[^1].Id)), new List<string>());

        // A catalog version is named by its effectiveFrom date, the ISO way everywhere: it is an identifier, not a day in a sentence.
        var rulesInForce = Say(nameof(Texts.Rules_Version), IsoDate.Format(rules.EffectiveFrom));
        return new PartnerExplanation(headline, window, levels, planHeading, plan, LapseOf(rules, evaluation, words), rulesInForce) { Outlook = Outlook(evaluation) };
    }

    /// <summary>The rules <paramref name="evaluation"/> was made under: the version it names, else the one in force on its date.</summary>
    public CompetencyCatalog RulesOf(PartnerEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return catalog.Version(evaluation.CatalogVersion) ?? catalog.InForceOn(evaluation.AsOf);
    }

    // Level names are the newest version's: a level keeps its id across versions, and people know it by today's name.
    public string LevelName(LevelId? level) =>
        level is { } id ? catalog.Latest.Level(id).Name.In(culture) : Say(nameof(Texts.Level_None));

    /// <summary>A level as the store names it ("gold", "none"); a level a later catalog dropped is shown as stored.</summary>
    public string StoredLevelName(string level) =>
        level == Serialization.LevelNames.None ? LevelName(null)
        : catalog.Latest.Levels.Any(known => known.Id.Value == level) ? LevelName(new LevelId(level))
        : level;

    /// <summary>
    /// An exam as a person should read it on the evaluation's date: the code, and why it is marked when the rules in
    /// force retire it, end its acceptance, or do not count it at all (issue 13, item 2).
    /// </summary>
    public string ExamLabel(PartnerEvaluation evaluation, ExamCode code) =>
        ExamNote(evaluation, code) is { } note ? $"{code} ({note})" : code.Value;

    /// <summary>The mark of <see cref="ExamLabel"/> alone, or null for an exam in good standing.</summary>
    public string? ExamNote(PartnerEvaluation evaluation, ExamCode code) =>
        RulesOf(evaluation).Exams.TryGetValue(code, out var exam) ? Validity(exam) : Say(nameof(Texts.Exam_NotCounted));

    /// <summary>Why a pass or an option is marked: "retired on …", "accepted until …", both, or null for an exam in good standing.</summary>
    public string? Validity(Exam exam)
    {
        ArgumentNullException.ThrowIfNull(exam);
        var parts = new List<string>(2);
        if (exam.RetiredOn is { } retired)
        {
            parts.Add(Say(nameof(Texts.Exam_Retired), Date(retired)));
        }

        if (exam.AcceptedUntil is { } until)
        {
            parts.Add(Say(nameof(Texts.Exam_AcceptedUntil), Date(until)));
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    public string MarketName(Market market) =>
        Say(market == Market.Developed ? nameof(Texts.Market_Developed) : nameof(Texts.Market_Developing));

    public string Money(Usd amount) => MoneyFormat.Format(amount, culture);

    /// <summary>
    /// The next step in a few words, for a cell of a list: "Gold: +$1,000.00 revenue, 2 exam passes, 1 new
    /// individual"; revenue first, then exams, as every list shows it. A partner at the top level has none.
    /// </summary>
    public string NextStep(NextStep? next)
    {
        if (next is null)
        {
            return Say(nameof(Texts.Next_Top));
        }

        var parts = new List<string>(3);
        if (next.RevenueShortfallUsd is { } shortfall)
        {
            parts.Add(Say(nameof(Texts.Next_Revenue), Money(shortfall)));
        }

        if (next.AdditionalExamPasses > 0)
        {
            parts.Add(Say(nameof(Texts.Next_Exams), next.AdditionalExamPasses));
        }

        if (next.NewIndividuals > 0)
        {
            parts.Add(Say(nameof(Texts.Next_NewIndividuals), next.NewIndividuals));
        }

        return $"{LevelName(next.Level)}: {string.Join(", ", parts)}";
    }

    // Each requirement describes itself (its kind's type holds its words): the explainer only lines levels up.
    private LevelChecklist Checklist(CompetencyCatalog rules, LevelOutcome level, RequirementWording words) =>
        new(LevelName(level.Level), level.Met, [.. level.Requirements.SelectMany(outcome => Requirement(rules, level.Level, outcome.RequirementId).Describe(outcome, words))]);

    private static Requirement Requirement(CompetencyCatalog rules, LevelId level, string id) =>
        rules.Level(level).Requirements.Single(candidate => candidate.Id == id);

    private string? LapseOf(CompetencyCatalog rules, PartnerEvaluation evaluation, RequirementWording words)
    {
        if (evaluation.Level is not { } held)
        {
            return null;
        }

        if (evaluation.Lapse is not { } lapse)
        {
            return Say(nameof(Texts.Lapse_None), LevelName(held));
        }

        // Every requirement's own lapse, earliest first: the first is the lapse; the revenue one (SPEC §2) is always told.
        var sentences = lapse.Requirements.Select(requirementLapse =>
            Requirement(rules, lapse.Level, requirementLapse.RequirementId).DescribeLapse(held, requirementLapse.On, words));
        return string.Join(" ", sentences);
    }

    internal string Date(DateOnly date) => dates == DateStyle.Spelled ? date.ToString("D", culture) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal string Say(string key, params object[] arguments)
    {
        var format = Texts.ResourceManager.GetString(key, culture)
            ?? throw new InvalidOperationException($"The text '{key}' is missing from the resources.");
        return arguments.Length == 0 ? format : PluralFormat.Format(culture, format, arguments);
    }
}
