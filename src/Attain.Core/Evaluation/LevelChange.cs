using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// A partner whose level would change under proposed rules (SPEC §5, catalog impact): the level held under the rules
/// in force, the level under the proposal (null for none), and the requirements that flip between the two.
/// </summary>
public sealed record LevelChange(PartnerId PartnerId, LevelId? FromLevel, LevelId? ToLevel, IReadOnlyList<RequirementFlip> Reasons)
{
    /// <summary>The change, or null when the level stays: compares two evaluations of the same partner on the same day.</summary>
    public static LevelChange? Between(Qualification current, Qualification proposed)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        if (current.Level == proposed.Level)
        {
            return null;
        }

        var reasons = new List<RequirementFlip>();
        foreach (var after in proposed.Levels)
        {
            if (current.Levels.FirstOrDefault(level => level.Level == after.Level) is not { } before)
            {
                continue;
            }

            foreach (var requirement in after.Requirements)
            {
                if (before.Requirements.FirstOrDefault(old => old.RequirementId == requirement.RequirementId) is { } old && old.Met != requirement.Met)
                {
                    reasons.Add(new RequirementFlip(after.Level, requirement.RequirementId, old.Met, requirement.Met));
                }
            }
        }

        return new LevelChange(current.PartnerId, current.Level, proposed.Level, reasons);
    }
}
