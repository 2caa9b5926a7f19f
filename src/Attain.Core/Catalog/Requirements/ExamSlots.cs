using Attain.Core.Evaluation;
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
