using Attain.Core.Model;
using Attain.Core.Planning;

namespace Attain.Core.Evaluation;

/// <summary>
/// When the held level would be lost if nothing new happened: <see cref="On"/> is the earliest date, caused by
/// <see cref="RequirementId"/>. SPEC §2 defines the lapse by revenue (the first month-start on which the TTM
/// figure falls below the threshold); an individual already due to leave can end an exam requirement sooner,
/// so each requirement's own date is kept in <see cref="Requirements"/> — the revenue date among them.
/// </summary>
/// <remarks>
/// What to do about it (issue 11, <see cref="LapseOutlook"/>): why it lapses, the level after, the cheapest way to keep
/// it, the revenue a month that holds it and the TTM figure month by month to the lapse date. Null when not forecast:
/// only evaluations under one version's rules alone (a proposal's impact) leave them out.
/// </remarks>
public sealed record Lapse(LevelId Level, DateOnly On, string RequirementId, IReadOnlyList<RequirementLapse> Requirements)
{
    public LapseCause? Cause { get; init; }

    /// <summary>The level the partner would qualify for on <see cref="On"/>, with nothing new ("none" in JSON).</summary>
    public LevelId? LevelAfter { get; init; }

    public KeepPlan? KeepPlan { get; init; }

    public RevenueToHold? RevenueToHold { get; init; }

    /// <summary>The TTM figure on each first of the month from the next one to the lapse date (or the first after it), with no new revenue.</summary>
    public IReadOnlyList<TtmPoint>? Projection { get; init; }
}
