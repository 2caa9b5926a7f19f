namespace Attain.Core.Membership;

/// <summary>The operator ends the override recorded as decision <see cref="OverrideSequence"/> from <see cref="OperatorDecision.EffectiveOn"/>.</summary>
public sealed record OverrideRevoked(long Sequence, long OverrideSequence, DateOnly EffectiveOn, DateTimeOffset DecidedAt, string By, string Reason)
    : OperatorDecision(Sequence, EffectiveOn, DecidedAt, By, Reason);
