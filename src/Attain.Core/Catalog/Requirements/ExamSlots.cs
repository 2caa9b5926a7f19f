using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Core.Model;

namespace Attain.Core.Catalog.Requirements;

/// <summary>
/// Exam requirements met by distinct individuals: each slot needs its own person, who has passed one exam
/// of every group the slot names. Who fills which slot is chosen by a maximum matching (SPEC §2).
/// </summary>
public sealed record ExamSlots(string Id, LocalizedText Description, IReadOnlyList<SlotDefinition> Slots)
    : Requirement(Id, Description)
{
    public int IndividualsRequired => Slots.Sum(slot => slot.Count);

    public override RequirementOutcome Evaluate(EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Evaluate(context.Candidates, context.Index);
    }

    public override PlanStep? Plan(EvaluationContext context, RequirementOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Met ? null : ExamPlanner.Plan(this, context);
    }

    public override DateOnly? LapsesOn(EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Individuals who are due to leave, and passes whose acceptance ends (SPEC §5), are known already: the
        // requirement lapses on the first such day after which the individuals left can no longer fill every slot.
        SortedSet<DateOnly>? changes = null;
        foreach (var candidate in context.Candidates)
        {
            if (candidate.AssociatedUntil is { } day)
            {
                (changes ??= []).Add(day);
            }

            foreach (var exam in candidate.Exams)
            {
                if (context.Index.AcceptedUntil(exam) is { } until && until >= context.AsOf && context.Index.GroupsOf(exam) != 0)
                {
                    (changes ??= []).Add(until.AddDays(1));
                }
            }
        }

        if (changes is null)
        {
            return null;
        }

        var remaining = new List<Candidate>(context.Candidates.Count);
        foreach (var day in changes)
        {
            remaining.Clear();
            foreach (var candidate in context.Candidates)
            {
                if (candidate.IsAssociatedOn(day))
                {
                    remaining.Add(candidate.On(day, context.Index));
                }
            }

            if (!Evaluate(remaining, context.Index).Met)
            {
                return day;
            }
        }

        return null;
    }

    public override IEnumerable<SlotDefinition> SlotDefinitions() => Slots;

    public override IEnumerable<ChecklistItem> Describe(RequirementOutcome outcome, RequirementWording words) =>
        Describe((ExamSlotsOutcome)outcome, words, 0);

    public override IEnumerable<string> DescribePlan(PlanStep plan, RequirementWording words) => DescribeExamPlan((ExamPlanStep)plan, words);

    public override string DescribeLapse(LevelId level, DateOnly day, RequirementWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Say(nameof(Texts.Lapse_Exams), words.LevelName(level), words.Date(day));
    }

    /// <summary>The requirement's line, then one per slot, <paramref name="depth"/> levels in (a part of a larger requirement is one deeper).</summary>
    internal IEnumerable<ChecklistItem> Describe(ExamSlotsOutcome exams, RequirementWording words, int depth)
    {
        ArgumentNullException.ThrowIfNull(words);
        yield return new ChecklistItem(
            exams.Met,
            words.Say(nameof(Texts.Exams_Item), words.Text(Description), exams.IndividualsFound, exams.IndividualsRequired),
            null,
            depth,
            new ChecklistFigures(exams.IndividualsFound, exams.IndividualsRequired, words.Number(exams.IndividualsFound), words.Number(exams.IndividualsRequired)));
        foreach (var fill in exams.Slots)
        {
            var slot = Slots.Single(definition => definition.Id == fill.Slot);
            var filledBy = fill.Individuals.Count == 0 ? null : words.Say(nameof(Texts.Slot_Filled_By), string.Join(", ", fill.Individuals.Select(words.Individual)));
            var missing = fill.Missing > 0 ? words.Say(nameof(Texts.Slot_Missing), fill.Missing) : null;
            yield return new ChecklistItem(
                fill.Missing == 0,
                words.Say(nameof(Texts.Slot_Item), words.Text(slot.Name), fill.Individuals.Count, fill.Required),
                string.Join("; ", new[] { filledBy, missing }.OfType<string>()) is { Length: > 0 } detail ? detail : null,
                depth + 1);
        }
    }

    /// <summary>Who should pass which exam for which slot, the totals, and the exams the plan leaves out and why.</summary>
    internal static IEnumerable<string> DescribeExamPlan(ExamPlanStep step, RequirementWording words)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(words);
        foreach (var assignment in step.Assignments)
        {
            var slot = words.SlotName(assignment.Slot);
            if (assignment.Individual is { } id)
            {
                yield return assignment.Exams.Count == 0
                    ? words.Say(nameof(Texts.Plan_Exam_Ready), assignment.Name ?? id.Value, id, slot)
                    : words.Say(nameof(Texts.Plan_Exam_Existing), assignment.Name ?? id.Value, id, Choices(assignment.Exams, words), slot);
            }
            else
            {
                yield return assignment.Exams.Count == 0
                    ? words.Say(nameof(Texts.Plan_Exam_NewReady), assignment.NewIndividual ?? 0, slot)
                    : words.Say(nameof(Texts.Plan_Exam_New), assignment.NewIndividual ?? 0, Choices(assignment.Exams, words), slot);
            }
        }

        yield return words.Say(nameof(Texts.Plan_Exam_Summary), step.AdditionalPasses, step.NewIndividuals);

        // The plan says why it leaves an exam of a group out (issue 13, item 2): once per exam, not once per seat.
        var avoided = step.Assignments.SelectMany(assignment => assignment.Exams).SelectMany(choice => choice.Avoided).DistinctBy(exam => exam.Code);
        foreach (var exam in avoided)
        {
            yield return words.Say(nameof(Texts.Plan_Exam_Avoided), exam.Code, words.Validity(exam) ?? string.Empty);
        }
    }

    private static string Choices(IReadOnlyList<ExamChoice> choices, RequirementWording words) =>
        string.Join(
            words.Say(nameof(Texts.List_And)),
            choices.Select(choice => words.Say(nameof(Texts.Plan_Exam_Choice), words.GroupName(choice.Group), string.Join(words.Say(nameof(Texts.List_Or)), choice.Options))));

    private ExamSlotsOutcome Evaluate(IReadOnlyList<Candidate> candidates, CatalogIndex index)
    {
        var fills = ExamSlotMatcher.Match(Slots, candidates, index);
        var found = 0;
        foreach (var fill in fills)
        {
            found += fill.Individuals.Count;
        }

        return new ExamSlotsOutcome(Id, found == IndividualsRequired, fills, found, IndividualsRequired);
    }
}
