using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Program.Membership;

namespace Attain.Web.Membership;

/// <summary>A decision as appended to the log (never edited) and the partner's membership once it applies.</summary>
public sealed record DecisionResponse(long Decision, string Kind, string EffectiveOn, string? Until, string? Level, long? Override, DateTimeOffset DecidedAt, string By, string Reason, MembershipDocument Membership)
{
    public static DecisionResponse Of(OperatorDecision decision, MembershipView membership)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var (kind, until, level, revoked) = decision switch
        {
            DemotionApproved => (DecisionLog.Approve, (DateOnly?)null, (string?)null, (long?)null),
            DemotionDeferred deferred => (DecisionLog.Defer, deferred.Until, null, null),
            OverrideGranted granted => (DecisionLog.Override, granted.Until, granted.Level.Value, null),
            OverrideRevoked revocation => (DecisionLog.Revoke, null, null, revocation.OverrideSequence),
            _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.GetType().Name, "Not a decision kind."),
        };
        return new DecisionResponse(decision.Sequence, kind, IsoDate.Format(decision.EffectiveOn), until is { } end ? IsoDate.Format(end) : null, level, revoked, decision.DecidedAt, decision.By, decision.Reason, MembershipDocument.Of(membership));
    }
}
