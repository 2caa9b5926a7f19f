using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Data.Store.Rows;

namespace Attain.Program.Membership;

/// <summary>The operator's decisions as stored rows and as the engine's values: one mapping, both ways.</summary>
public static class DecisionLog
{
    public const string Approve = "approve";
    public const string Defer = "defer";
    public const string Override = "override";
    public const string Revoke = "revoke";

    public static OperatorDecision ToDecision(DecisionRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var decidedAt = new DateTimeOffset(DateTime.SpecifyKind(row.DecidedAtUtc, DateTimeKind.Utc));
        return row.Kind switch
        {
            Approve => new DemotionApproved(row.Sequence, row.EffectiveOn, decidedAt, row.DecidedBy, row.Reason),
            Defer => new DemotionDeferred(row.Sequence, row.EffectiveOn, Required(row.Until, row), decidedAt, row.DecidedBy, row.Reason),
            Override => new OverrideGranted(row.Sequence, new LevelId(row.Level ?? string.Empty), row.EffectiveOn, Required(row.Until, row), decidedAt, row.DecidedBy, row.Reason),
            Revoke => new OverrideRevoked(row.Sequence, row.OverrideSequence ?? 0, row.EffectiveOn, decidedAt, row.DecidedBy, row.Reason),
            _ => throw new InvalidOperationException($"Decision {row.Sequence} has an unknown kind '{row.Kind}'."),
        };
    }

    public static DecisionRow ToRow(PartnerId partner, OperatorDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var row = new DecisionRow
        {
            PartnerId = partner.Value,
            Kind = decision switch
            {
                DemotionApproved => Approve,
                DemotionDeferred => Defer,
                OverrideGranted => Override,
                OverrideRevoked => Revoke,
                _ => throw new ArgumentOutOfRangeException(nameof(decision), decision.GetType().Name, "Not a decision kind."),
            },
            EffectiveOn = decision.EffectiveOn,
            DecidedAtUtc = decision.DecidedAt.UtcDateTime,
            DecidedBy = decision.By,
            Reason = decision.Reason,
        };
        switch (decision)
        {
            case DemotionDeferred deferred:
                row.Until = deferred.Until;
                break;
            case OverrideGranted granted:
                row.Until = granted.Until;
                row.Level = granted.Level.Value;
                break;
            case OverrideRevoked revoked:
                row.OverrideSequence = revoked.OverrideSequence;
                break;
        }

        return row;
    }

    private static DateOnly Required(DateOnly? until, DecisionRow row) =>
        until ?? throw new InvalidOperationException($"Decision {row.Sequence} ({row.Kind}) has no end date.");
}
