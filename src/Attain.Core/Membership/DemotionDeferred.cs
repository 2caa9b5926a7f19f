namespace Attain.Core.Membership;

/// <summary>
/// The operator defers the pending demotion: an override of the held level from <see cref="OperatorDecision.EffectiveOn"/>
/// until <see cref="Until"/> (exclusive). The demotion is due again when the override ends, unless the partner re-qualifies.
/// </summary>
public sealed record DemotionDeferred(long Sequence, DateOnly EffectiveOn, DateOnly Until, DateTimeOffset DecidedAt, string By, string Reason)
    : OperatorDecision(Sequence, EffectiveOn, DecidedAt, By, Reason);
