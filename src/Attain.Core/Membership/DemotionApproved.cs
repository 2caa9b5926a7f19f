namespace Attain.Core.Membership;

/// <summary>The operator approves the pending demotion: the lower level applies from <see cref="OperatorDecision.EffectiveOn"/>.</summary>
public sealed record DemotionApproved(long Sequence, DateOnly EffectiveOn, DateTimeOffset DecidedAt, string By, string Reason)
    : OperatorDecision(Sequence, EffectiveOn, DecidedAt, By, Reason);
