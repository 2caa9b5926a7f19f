namespace Attain.Core.Explanation;

/// <summary>
/// An evaluation put into words in one language: what is held, the checklists, the plan and the lapse, and which
/// dated version of the rules it was judged by (<see cref="Rules"/>, SPEC §5).
/// </summary>
public sealed record PartnerExplanation(
    string Headline,
    string Window,
    IReadOnlyList<LevelChecklist> Levels,
    string PlanHeading,
    IReadOnlyList<string> Plan,
    string? Lapse,
    string Rules)
{
    /// <summary>What to do about the lapse (issue 11); null when the level held does not lapse or was not forecast.</summary>
    public LapseWords? Outlook { get; init; }
}
