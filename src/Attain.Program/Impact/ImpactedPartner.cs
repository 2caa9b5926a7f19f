using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Program.Impact;

/// <summary>A partner whose level a proposed catalog would change: its name and market (for filters), both levels, and the requirements that flip.</summary>
public sealed record ImpactedPartner(PartnerId PartnerId, string Name, Market Market, LevelId? FromLevel, LevelId? ToLevel, IReadOnlyList<RequirementFlip> Reasons)
{
    public Transition Transition => new(FromLevel, ToLevel);

    /// <summary>The change between two qualifications of one partner on one day, or null when its level stays.</summary>
    public static ImpactedPartner? Of(Qualification current, Qualification proposed)
    {
        ArgumentNullException.ThrowIfNull(current);
        return LevelChange.Between(current, proposed) is { } change
            ? new ImpactedPartner(change.PartnerId, current.PartnerName, current.Market, change.FromLevel, change.ToLevel, change.Reasons)
            : null;
    }
}
