using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Data.Store;

namespace Attain.Program.Membership;

/// <summary>
/// Records an operator's decision (SPEC §6): checked against the membership replayed as of the day it takes effect,
/// then appended to the log, never edited. A refused decision writes nothing.
/// </summary>
public static class MembershipDecisions
{
    public static async Task<DecisionOutcome> RecordAsync(AttainProgram program, DecisionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(request);
        var effectiveOn = request.EffectiveOn ?? program.Today;
        // The check and the write in one transaction under the membership lock: no evaluation batch or other decision
        // changes the membership between them. A refused decision ends it without writing.
        await using var transaction = await program.Db.Database.BeginTransactionAsync(cancellationToken);
        await MembershipLock.TakeAsync(program.Db, cancellationToken);
        var before = await PartnerMemberships.LoadAsync(program, request.Partner, effectiveOn, cancellationToken);
        if (before is null)
        {
            return new DecisionOutcome(null, null, null, UnknownPartner: true);
        }

        var decidedAt = program.Clock.GetUtcNow();
        var reason = request.Reason.Trim();
        var by = request.By.Trim();
        OperatorDecision decision = request.Kind switch
        {
            DecisionLog.Approve => new DemotionApproved(0, effectiveOn, decidedAt, by, reason),
            DecisionLog.Defer => new DemotionDeferred(0, effectiveOn, request.Until ?? DecisionRules.DefaultExpiry(effectiveOn), decidedAt, by, reason),
            DecisionLog.Override => new OverrideGranted(0, request.Level ?? new LevelId(string.Empty), effectiveOn, request.Until ?? DecisionRules.DefaultExpiry(effectiveOn), decidedAt, by, reason),
            DecisionLog.Revoke => new OverrideRevoked(0, request.OverrideSequence ?? 0, effectiveOn, decidedAt, by, reason),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Kind, "A decision is approve, defer, override or revoke."),
        };

        if (DecisionRules.Check(decision, before.Membership, PartnerMemberships.Ladder(program, effectiveOn)) is { } refusal)
        {
            return new DecisionOutcome(null, before, refusal);
        }

        // The log and the read model's row change together: the queue never lists a demotion already approved.
        var row = DecisionLog.ToRow(request.Partner, decision);
        program.Db.Decisions.Add(row);
        await program.Db.SaveChangesAsync(cancellationToken);
        await MembershipReadModel.RefreshAsync(program, request.Partner, effectiveOn, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var recorded = DecisionLog.ToDecision(row);
        var after = await PartnerMemberships.LoadAsync(program, request.Partner, program.Today > effectiveOn ? program.Today : effectiveOn, cancellationToken);
        return new DecisionOutcome(recorded, after, null);
    }
}
