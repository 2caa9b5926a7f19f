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
        ArgumentNullException.ThrowIfNull(membership);
        // The log's row says which fields a kind of decision has: one mapping (DecisionLog), not another switch here.
        var row = DecisionLog.ToRow(membership.PartnerId, decision);
        return new DecisionResponse(
            decision.Sequence, row.Kind, IsoDate.Format(row.EffectiveOn), row.Until is { } until ? IsoDate.Format(until) : null, row.Level, row.OverrideSequence,
            decision.DecidedAt, decision.By, decision.Reason, MembershipDocument.Of(membership));
    }
}
