using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>
/// What makes an operator decision admissible (SPEC §6), checked against the membership replayed as of the
/// decision's effective day, before the decision is appended to the log.
/// </summary>
public static class DecisionRules
{
    public const int DefaultOverrideMonths = 3;
    public const int MaximumOverrideMonths = 12;

    public static DateOnly DefaultExpiry(DateOnly from) => from.AddMonths(DefaultOverrideMonths);

    public static DecisionRefusal? Check(OperatorDecision decision, PartnerMembership onEffectiveDay, IReadOnlyList<LevelId> levelsLowToHigh)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(onEffectiveDay);
        ArgumentNullException.ThrowIfNull(levelsLowToHigh);

        if (string.IsNullOrWhiteSpace(decision.Reason))
        {
            return DecisionRefusal.ReasonMissing;
        }

        return decision switch
        {
            DemotionApproved => onEffectiveDay.PendingDemotion is null ? DecisionRefusal.NoPendingDemotion : null,
            DemotionDeferred deferred => onEffectiveDay.PendingDemotion is null
                ? DecisionRefusal.NoPendingDemotion
                : CheckPeriod(deferred.EffectiveOn, deferred.Until),
            OverrideGranted granted => levelsLowToHigh.Contains(granted.Level)
                ? CheckPeriod(granted.EffectiveOn, granted.Until)
                : DecisionRefusal.UnknownLevel,
            OverrideRevoked revoked => onEffectiveDay.Overrides.FirstOrDefault(item => item.Sequence == revoked.OverrideSequence) switch
            {
                null => DecisionRefusal.UnknownOverride,
                { } ended when ended.Until <= revoked.EffectiveOn => DecisionRefusal.OverrideAlreadyEnded,
                _ => null,
            },
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.GetType().Name, "Not a decision kind."),
        };
    }

    private static DecisionRefusal? CheckPeriod(DateOnly from, DateOnly until) =>
        until <= from ? DecisionRefusal.ExpiryNotAfterStart
        : until > from.AddMonths(MaximumOverrideMonths) ? DecisionRefusal.ExpiryBeyondTwelveMonths
        : null;
}
