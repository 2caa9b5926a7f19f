using System.Globalization;
using Attain.Core.Catalog;
using Attain.Core.Catalog.Requirements;
using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Explanation;

/// <summary>
/// Puts an evaluation into words, in English or Japanese. The engine's result stays language-neutral;
/// every sentence comes from the resources (Texts.resx, Texts.ja.resx) and the catalog's own texts.
/// </summary>
public sealed class EvaluationExplainer(CompetencyCatalog catalog, CultureInfo culture)
{
    public PartnerExplanation Explain(PartnerEvaluation evaluation)
    {
        var names = evaluation.Individuals.ToDictionary(individual => individual.Id, individual => individual.Name);
        var headline = evaluation.Level is { } held
            ? Say(nameof(Texts.Headline_Held), evaluation.PartnerName, LevelName(held), Date(evaluation.AsOf))
            : Say(nameof(Texts.Headline_None), evaluation.PartnerName, Date(evaluation.AsOf));
        var window = Say(nameof(Texts.Window), evaluation.TtmWindow.First, evaluation.TtmWindow.Last);
        var levels = evaluation.Levels.Select(level => Checklist(level, evaluation, names)).ToList();

        var (planHeading, plan) = evaluation.Plan is { } next
            ? (Say(nameof(Texts.Plan_Heading), LevelName(next.Level)), next.Steps.SelectMany(Describe).ToList())
            : (Say(nameof(Texts.Plan_TopLevel), LevelName(catalog.Levels[^1].Id)), new List<string>());

        return new PartnerExplanation(headline, window, levels, planHeading, plan, LapseOf(evaluation));
    }

    public string LevelName(LevelId? level) =>
        level is { } id ? catalog.Level(id).Name.In(culture) : Say(nameof(Texts.Level_None));

    public string MarketName(Market market) =>
        Say(market == Market.Developed ? nameof(Texts.Market_Developed) : nameof(Texts.Market_Developing));

    public string Money(Usd amount) => MoneyFormat.Format(amount, culture);

    /// <summary>
    /// The next step in a few words, for a cell of a list: "Gold: +$1,000.00 revenue, 2 exam pass(es), 1 new
    /// individual(s)"; revenue first, then exams, as every list shows it. A partner at the top level has none.
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

    private LevelChecklist Checklist(LevelOutcome level, PartnerEvaluation evaluation, Dictionary<IndividualId, string> names)
    {
        var definition = catalog.Level(level.Level);
        var items = new List<ChecklistItem>();
        foreach (var outcome in level.Requirements)
        {
            var requirement = definition.Requirements.Single(candidate => candidate.Id == outcome.RequirementId);
            items.AddRange(outcome switch
            {
                RevenueOutcome revenue => [RevenueItem(requirement, revenue)],
                ExamSlotsOutcome exams => ExamItems((ExamSlots)requirement, exams, names),
                _ => [new ChecklistItem(outcome.Met, requirement.Description.In(culture), null, 0)],
            });
        }

        return new LevelChecklist(LevelName(level.Level), level.Met, items);
    }

    private ChecklistItem RevenueItem(Requirement requirement, RevenueOutcome revenue) => new(
        revenue.Met,
        Say(nameof(Texts.Revenue_Item), requirement.Description.In(culture), MarketName(revenue.Market), Money(revenue.Found), Money(revenue.Required)),
        revenue.Met ? null : Say(nameof(Texts.Revenue_Shortfall), Money(revenue.Shortfall)),
        0);

    private IEnumerable<ChecklistItem> ExamItems(ExamSlots requirement, ExamSlotsOutcome exams, Dictionary<IndividualId, string> names)
    {
        yield return new ChecklistItem(
            exams.Met,
            Say(nameof(Texts.Exams_Item), requirement.Description.In(culture), exams.IndividualsFound, exams.IndividualsRequired),
            null,
            0);
        foreach (var fill in exams.Slots)
        {
            var slot = requirement.Slots.Single(definition => definition.Id == fill.Slot);
            var filledBy = fill.Individuals.Count == 0 ? null : Say(nameof(Texts.Slot_Filled_By), string.Join(", ", fill.Individuals.Select(id => $"{names[id]} ({id})")));
            var missing = fill.Missing > 0 ? Say(nameof(Texts.Slot_Missing), fill.Missing) : null;
            yield return new ChecklistItem(
                fill.Missing == 0,
                Say(nameof(Texts.Slot_Item), slot.Name.In(culture), fill.Individuals.Count, fill.Required),
                string.Join("; ", new[] { filledBy, missing }.OfType<string>()) is { Length: > 0 } detail ? detail : null,
                1);
        }
    }

    private IEnumerable<string> Describe(PlanStep step) => step switch
    {
        RevenuePlanStep revenue => [Say(nameof(Texts.Plan_Revenue), Money(revenue.Shortfall))],
        ExamPlanStep exams => DescribeExams(exams),
        _ => [],
    };

    private IEnumerable<string> DescribeExams(ExamPlanStep step)
    {
        foreach (var assignment in step.Assignments)
        {
            var slot = SlotName(assignment.Slot);
            if (assignment.Individual is { } id)
            {
                yield return assignment.Exams.Count == 0
                    ? Say(nameof(Texts.Plan_Exam_Ready), assignment.Name ?? id.Value, id, slot)
                    : Say(nameof(Texts.Plan_Exam_Existing), assignment.Name ?? id.Value, id, Choices(assignment.Exams), slot);
            }
            else
            {
                yield return Say(nameof(Texts.Plan_Exam_New), assignment.NewIndividual ?? 0, Choices(assignment.Exams), slot);
            }
        }

        yield return Say(nameof(Texts.Plan_Exam_Summary), step.AdditionalPasses, step.NewIndividuals);
    }

    private string Choices(IReadOnlyList<ExamChoice> choices) =>
        string.Join(
            Say(nameof(Texts.List_And)),
            choices.Select(choice => Say(
                nameof(Texts.Plan_Exam_Choice),
                catalog.ExamGroups[choice.Group].Name.In(culture),
                string.Join(Say(nameof(Texts.List_Or)), choice.Options))));

    private string SlotName(SlotId id) =>
        catalog.Levels
            .SelectMany(level => level.Requirements.OfType<ExamSlots>())
            .SelectMany(requirement => requirement.Slots)
            .First(slot => slot.Id == id)
            .Name.In(culture);

    private string? LapseOf(PartnerEvaluation evaluation)
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
            catalog.Level(lapse.Level).Requirements.Single(candidate => candidate.Id == requirementLapse.RequirementId) is RevenueThreshold revenue
                ? Say(nameof(Texts.Lapse_Revenue), LevelName(held), Date(requirementLapse.On), Money(revenue.ThresholdFor(evaluation.Market)))
                : Say(nameof(Texts.Lapse_Exams), LevelName(held), Date(requirementLapse.On)));
        return string.Join(" ", sentences);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Say(string key, params object[] arguments)
    {
        var format = Texts.ResourceManager.GetString(key, culture)
            ?? throw new InvalidOperationException($"The text '{key}' is missing from the resources.");
        return arguments.Length == 0 ? format : string.Format(culture, format, arguments);
    }
}
