using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Core.Model;

namespace Attain.Core.Catalog.Requirements;

/// <summary>
/// Sets of exam slots whose individuals need not be distinct from another set's: within a set, one individual fills at
/// most one slot (SPEC §2); across sets, "the same or different" individuals count (the sister competency's Enterprise
/// Customer Engagement option: "5 individuals pass both MB2-715 and MB2-716, and the same or different 5 individuals pass
/// one of MB2-717, MB2-718 or MB2-877"). Each set is an <see cref="ExamSlots"/>; this kind adds only how they combine.
/// </summary>
public sealed record ExamSlotSets(string Id, LocalizedText Description, IReadOnlyList<ExamSlots> Sets)
    : Requirement(Id, Description)
{
    // Never a real individual's id: a control character is bad input in every data file (SPEC §7, issue #9).
    private const string NewcomerPrefix = "\u0000new-";

    public override RequirementOutcome Evaluate(EvaluationContext context)
    {
        var outcomes = Sets.Select(set => (ExamSlotsOutcome)set.Evaluate(context)).ToList();
        return new ExamSlotSetsOutcome(Id, outcomes.TrueForAll(outcome => outcome.Met), outcomes);
    }

    /// <summary>
    /// The sets are planned in catalog order, each on the individuals as the earlier sets' plans leave them: a pass or a
    /// new individual planned for one set counts in the next, so nothing is counted twice, while within a set the
    /// individuals stay distinct. Each set's plan is the fewest passes given the earlier ones (SPEC §7).
    /// </summary>
    public override PlanStep? Plan(EvaluationContext context, RequirementOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sets = (ExamSlotSetsOutcome)outcome;
        if (sets.Met)
        {
            return null;
        }

        var index = context.Index;
        var current = context.Candidates.ToList();
        var newcomers = new List<Candidate>();
        var assignments = new List<ExamAssignment>();
        var passes = 0;
        for (var set = 0; set < Sets.Count; set++)
        {
            if (sets.Sets[set].Met)
            {
                continue;
            }

            var known = newcomers.Count;
            var step = ExamPlanner.Plan(Sets[set], context, [.. current, .. newcomers]);
            foreach (var assignment in step.Assignments)
            {
                var planned = assignment.Exams.Select(choice => choice.Group).ToList();
                passes += planned.Count;
                if (assignment.Individual is { } id && id.Value.StartsWith(NewcomerPrefix, StringComparison.Ordinal))
                {
                    // A new individual an earlier set brings in, counted again here: the same person, not another one.
                    var number = int.Parse(id.Value.AsSpan(NewcomerPrefix.Length), System.Globalization.CultureInfo.InvariantCulture);
                    newcomers[number - 1] = Gain(newcomers[number - 1], planned, index);
                    assignments.Add(assignment with { Individual = null, Name = null, NewIndividual = number });
                }
                else if (assignment.Individual is { } existing)
                {
                    var at = current.FindIndex(candidate => candidate.Id == existing);
                    current[at] = Gain(current[at], planned, index);
                    assignments.Add(assignment);
                }
                else
                {
                    var number = known + assignment.NewIndividual!.Value;
                    newcomers.Add(Gain(new Candidate(new IndividualId(NewcomerPrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture)), string.Empty, DateInterval.Always, [], index.SetOf(0)), planned, index));
                    assignments.Add(assignment with { NewIndividual = number });
                }
            }
        }

        return new ExamPlanStep(Id, assignments, passes, newcomers.Count);
    }

    /// <summary>The sets are independent (an individual may count in each), so the requirement lapses when the first set does.</summary>
    public override DateOnly? LapsesOn(EvaluationContext context)
    {
        DateOnly? first = null;
        foreach (var set in Sets)
        {
            if (set.LapsesOn(context) is { } day && (first is null || day < first))
            {
                first = day;
            }
        }

        return first;
    }

    public override IEnumerable<SlotDefinition> SlotDefinitions() => Sets.SelectMany(set => set.Slots);

    public override IEnumerable<ChecklistItem> Describe(RequirementOutcome outcome, RequirementWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var sets = (ExamSlotSetsOutcome)outcome;
        var met = sets.Sets.Count(set => set.Met);
        yield return new ChecklistItem(
            sets.Met,
            words.Say(nameof(Texts.Sets_Item), words.Text(Description), met, Sets.Count),
            null,
            0,
            new ChecklistFigures(met, Sets.Count, words.Number(met), words.Number(Sets.Count)));
        for (var set = 0; set < Sets.Count; set++)
        {
            foreach (var item in Sets[set].Describe(sets.Sets[set], words, 1))
            {
                yield return item;
            }
        }
    }

    public override IEnumerable<string> DescribePlan(PlanStep plan, RequirementWording words) => ExamSlots.DescribeExamPlan((ExamPlanStep)plan, words);

    public override string DescribeLapse(LevelId level, DateOnly day, RequirementWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Say(nameof(Texts.Lapse_Exams), words.LevelName(level), words.Date(day));
    }

    private static Candidate Gain(Candidate candidate, IReadOnlyList<ExamGroupId> groups, CatalogIndex index)
    {
        var mask = candidate.GroupMask | index.MaskOf(groups);
        return candidate with { Groups = index.SetOf(mask), GroupMask = mask };
    }
}
