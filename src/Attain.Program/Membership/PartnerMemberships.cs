using System.Runtime.CompilerServices;
using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Data.Store.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Membership;

/// <summary>
/// Membership from the store (SPEC §6): each partner's snapshots (the evaluations) and the operator's decisions,
/// replayed by <see cref="MembershipLedger"/>, with the at-risk projection from the partner's facts.
/// </summary>
public static class PartnerMemberships
{
    /// <summary>One partner's membership on <paramref name="asOf"/>, or null when the partner is not in the store.</summary>
    public static async Task<MembershipView?> LoadAsync(AttainProgram program, PartnerId partner, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        await foreach (var view in ReadAsync(program, asOf, partner, cancellationToken))
        {
            return view;
        }

        return null;
    }

    /// <summary>Every partner's membership on <paramref name="asOf"/> (or one partner's), in partner id order, a batch of partners at a time.</summary>
    public static async IAsyncEnumerable<MembershipView> ReadAsync(
        AttainProgram program, DateOnly asOf, PartnerId? only = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        await foreach (var batch in StoredFacts.ReadAsync(program.Db, only, cancellationToken: cancellationToken))
        {
            foreach (var view in await OfBatchAsync(program, batch, asOf, cancellationToken))
            {
                yield return view;
            }
        }
    }

    /// <summary>
    /// The membership of a batch of partners whose facts are in hand, in the batch's order: their snapshots and decisions
    /// read in two indexed queries, each partner replayed (and projected for at-risk) on its own, spread over the cores.
    /// The read model is written from this too, so it equals what <see cref="ReadAsync"/> replays.
    /// </summary>
    public static async Task<IReadOnlyList<MembershipView>> OfBatchAsync(AttainProgram program, IReadOnlyList<PartnerFacts> batch, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(batch);
        var db = program.Db;
        if (batch.Count == 0)
        {
            return [];
        }

        var (first, last) = PartnerRange.Of(batch);
        var snapshots = (await db.Snapshots.AsNoTracking()
                .Where(snapshot => snapshot.PartnerId.CompareTo(first) >= 0 && snapshot.PartnerId.CompareTo(last) <= 0 && snapshot.AsOf <= asOf)
                .Select(snapshot => new { snapshot.PartnerId, snapshot.AsOf, snapshot.Level, snapshot.Id })
                .ToListAsync(cancellationToken))
            .ToLookup(snapshot => snapshot.PartnerId, StringComparer.Ordinal);
        var decisions = (await db.Decisions.AsNoTracking()
                .Where(decision => decision.PartnerId.CompareTo(first) >= 0 && decision.PartnerId.CompareTo(last) <= 0)
                .ToListAsync(cancellationToken))
            .ToLookup(decision => decision.PartnerId, StringComparer.Ordinal);

        return batch.AsParallel().AsOrdered().Select(facts =>
        {
            var id = facts.Partner.Id.Value;
            // Of several snapshots of one day (a corrected drop evaluated again), the last recorded stands (docs/SPEC.md §7).
            var evaluations = snapshots[id]
                .GroupBy(snapshot => snapshot.AsOf)
                .Select(day => day.MaxBy(snapshot => snapshot.Id)!)
                .Select(snapshot => new RecordedEvaluation(snapshot.AsOf, LevelOf(snapshot.Level)));
            return Of(program, facts, evaluations, decisions[id].Select(DecisionLog.ToDecision), asOf);
        }).ToList();
    }

    /// <summary>The membership of facts in hand with their evaluations and decisions.</summary>
    public static MembershipView Of(AttainProgram program, PartnerFacts facts, IEnumerable<RecordedEvaluation> evaluations, IEnumerable<OperatorDecision> decisions, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(facts);
        var membership = MembershipLedger.Replay(Ladder(program, asOf), evaluations, decisions, asOf);
        var atRisk = AtRiskForecast.Assess(membership, facts, program.Catalog.InForceOn);
        return new MembershipView(facts.Partner.Id, facts.Partner.Name, membership, atRisk, Reminders.For(membership));
    }

    /// <summary>The levels, lowest first, of the rules in force on <paramref name="day"/>.</summary>
    public static IReadOnlyList<LevelId> Ladder(AttainProgram program, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(program);
        return [.. program.Catalog.InForceOn(day).Levels.Select(level => level.Id)];
    }

    private static LevelId? LevelOf(string stored) => stored == Core.Serialization.LevelNames.None ? null : new LevelId(stored);
}
