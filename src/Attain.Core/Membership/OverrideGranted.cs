using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>The operator grants at least <see cref="Level"/> over [<see cref="OperatorDecision.EffectiveOn"/>, <see cref="Until"/>).</summary>
public sealed record OverrideGranted(long Sequence, LevelId Level, DateOnly EffectiveOn, DateOnly Until, DateTimeOffset DecidedAt, string By, string Reason)
    : OperatorDecision(Sequence, EffectiveOn, DecidedAt, By, Reason);
