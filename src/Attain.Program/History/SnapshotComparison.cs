using Attain.Core.Evaluation;

namespace Attain.Program.History;

/// <summary>
/// What changed between two stored evaluations: which requirement flipped, and the figures that made it flip.
/// Compares the evaluations as the engine's records, so a renamed field is a compile error, not a silent miss.
/// </summary>
public static class SnapshotComparison
{
    public static IReadOnlyList<RequirementChange> Between(SnapshotResult older, SnapshotResult newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var before = Requirements(older);
        var changes = new List<RequirementChange>();
        foreach (var (key, now) in Requirements(newer))
        {
            if (before.TryGetValue(key, out var then) && then.Met != now.Met)
            {
                changes.Add(new RequirementChange(key.Level, key.Requirement, then.Met, now.Met, Figure(then), Figure(now)));
            }
        }

        return changes;
    }

    private static Dictionary<(string Level, string Requirement), RequirementOutcome> Requirements(SnapshotResult evaluation) =>
        evaluation.Levels
            .SelectMany(level => level.Requirements.Select(requirement => (Key: (level.Level.Value, requirement.RequirementId), requirement)))
            .ToDictionary(pair => pair.Key, pair => pair.requirement);

    private static RequirementFigure Figure(RequirementOutcome outcome) => outcome switch
    {
        RevenueOutcome revenue => new(revenue.Found.Amount, revenue.Required.Amount, revenue.Market == Core.Model.Market.Developed ? "developed" : "developing", null, null),
        ExamSlotsOutcome exams => new(null, null, null, exams.IndividualsFound, exams.IndividualsRequired),
        _ => new(null, null, null, null, null),
    };
}
