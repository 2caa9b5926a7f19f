using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>
/// The level a partner holds on <see cref="AsOf"/> and why (SPEC §6), derived from its recorded evaluations and the
/// operator's decisions by <see cref="MembershipLedger"/>.
/// </summary>
/// <param name="HeldLevel">The level held: <see cref="BaseLevel"/>, lifted by an active override (null: none).</param>
/// <param name="BaseLevel">The level held from the evaluations and approved demotions alone.</param>
/// <param name="AttainedOn">When <see cref="BaseLevel"/> was attained (or re-attained, or applied by an approved demotion).</param>
/// <param name="Anniversary">When <see cref="BaseLevel"/> must be renewed; a year after attaining, moved a year on by each renewal.</param>
/// <param name="RenewedOn">The evaluation that last renewed the level, if any since it was attained.</param>
/// <param name="QualifyingLevel">The level the latest evaluation qualified for.</param>
/// <param name="LatestEvaluationOn">The as-of date of that evaluation; null when there is none yet.</param>
/// <param name="Override">The override in force on <see cref="AsOf"/>, the highest if several.</param>
/// <param name="Overrides">Every override granted, revocations applied, in decision order.</param>
/// <param name="Transitions">Every change, in order: attain, renew, lapse, re-attain, demotion, override.</param>
/// <param name="IgnoredDecisions">Decisions that did not apply when replayed (a demotion approved when none was pending, say).</param>
public sealed record PartnerMembership(
    DateOnly AsOf,
    LevelId? HeldLevel,
    LevelId? BaseLevel,
    DateOnly? AttainedOn,
    DateOnly? Anniversary,
    DateOnly? RenewedOn,
    LevelId? QualifyingLevel,
    DateOnly? LatestEvaluationOn,
    PendingDemotion? PendingDemotion,
    MembershipOverride? Override,
    IReadOnlyList<MembershipOverride> Overrides,
    IReadOnlyList<MembershipTransition> Transitions,
    IReadOnlyList<long> IgnoredDecisions)
{
    /// <summary>The renewal window of the current anniversary, when a level is held.</summary>
    public RenewalWindow? Window => Anniversary is { } anniversary ? RenewalWindow.For(anniversary) : null;
}
