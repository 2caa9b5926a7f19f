using Attain.Core.Catalog;
using Attain.Core.Catalog.Requirements;

namespace Attain.Core.Evaluation;

/// <summary>
/// Plans the fewest additional exam passes that meet an exam-slot requirement: a minimum-cost assignment of
/// seats to the current individuals, or to new individuals where none of them can do better (SPEC §2).
/// </summary>
public static class ExamPlanner
{
    public static ExamPlanStep Plan(ExamSlots requirement, EvaluationContext context) =>
        Plan(requirement, context, (context ?? throw new ArgumentNullException(nameof(context))).Candidates);

    /// <summary>The plan with <paramref name="candidates"/> in place of the context's: as earlier parts of a plan would leave them.</summary>
    internal static ExamPlanStep Plan(ExamSlots requirement, EvaluationContext context, IReadOnlyList<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(context);
        var seats = ExamSlotMatcher.SlotSeats(requirement.Slots);
        var seatMasks = new int[seats.Count];
        for (var seat = 0; seat < seats.Count; seat++)
        {
            seatMasks[seat] = context.Index.MaskOf(seats[seat].Groups);
        }

        // One column per current individual, then one per seat for a new individual. Each missing pass costs
        // more than any number of new individuals can, so the pass count is minimised first and, among plans
        // with that count, the one that needs the fewest new people wins.
        var passWeight = seats.Count + 1L;
        var cost = new long[seats.Count, candidates.Count + seats.Count];
        for (var seat = 0; seat < seats.Count; seat++)
        {
            for (var person = 0; person < candidates.Count; person++)
            {
                cost[seat, person] = candidates[person].Missing(seatMasks[seat]) * passWeight;
            }

            for (var newcomer = 0; newcomer < seats.Count; newcomer++)
            {
                cost[seat, candidates.Count + newcomer] = (seats[seat].Groups.Count * passWeight) + 1;
            }
        }

        var columnOfSeat = MinimumCostAssignment.Solve(cost);
        var newcomers = 0;
        var assignments = new List<ExamAssignment>(seats.Count);
        for (var seat = 0; seat < seats.Count; seat++)
        {
            var column = columnOfSeat[seat];
            var groups = seats[seat].Groups;
            if (column < candidates.Count)
            {
                var person = candidates[column];
                var missing = groups.Where(group => !person.Groups.Contains(group));
                assignments.Add(new ExamAssignment(seats[seat].Id, person.Id, person.Name, null, Choices(context, missing)));
            }
            else
            {
                newcomers++;
                assignments.Add(new ExamAssignment(seats[seat].Id, null, null, newcomers, Choices(context, groups)));
            }
        }

        return new ExamPlanStep(requirement.Id, assignments, assignments.Sum(assignment => assignment.Exams.Count), newcomers);
    }

    private static List<ExamChoice> Choices(EvaluationContext context, IEnumerable<Model.ExamGroupId> groups) =>
        groups.Select(group => Choice(context.Catalog, group, context.AsOf)).ToList();

    // The plan is taken from the as-of date on: it never sends anyone to an exam that is retired then, nor to one the
    // program is phasing out (an acceptedUntil date), whose pass would stop counting (issue 13, SPEC §7).
    private static ExamChoice Choice(CompetencyCatalog catalog, Model.ExamGroupId group, DateOnly day)
    {
        var exams = catalog.ExamGroups[group].Exams.Select(code => catalog.Exams[code]).ToList();
        var avoided = exams.Where(exam => exam.IsRetiredOn(day) || exam.AcceptedUntil is not null).ToList();
        return new ExamChoice(group, [.. exams.Except(avoided).Select(exam => exam.Code)], avoided);
    }
}
