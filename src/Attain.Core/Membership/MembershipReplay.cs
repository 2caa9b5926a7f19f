using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>The state <see cref="MembershipLedger"/> carries from one event to the next; levels are ranks on the ladder, -1 for none.</summary>
internal sealed class MembershipReplay(IReadOnlyList<LevelId> ladder)
{
    private const int None = -1;

    private readonly List<MembershipTransition> _transitions = [];
    private readonly List<MembershipOverride> _overrides = [];
    private readonly List<long> _ignored = [];

    private int _base = None;
    private DateOnly? _attainedOn;
    private DateOnly? _anniversary;
    private DateOnly? _renewedOn;
    private int _qualifying = None;
    private DateOnly? _latestEvaluationOn;
    private PendingDemotion? _pending;

    public void Apply(RecordedEvaluation evaluation)
    {
        var day = evaluation.AsOf;
        CloseWindowsBefore(day);
        _qualifying = Rank(evaluation.QualifyingLevel);
        _latestEvaluationOn = day;

        if (_qualifying > _base)
        {
            Attain(day, _qualifying, MembershipTransitionKind.Attained);
        }
        else if (_pending is not null)
        {
            if (_qualifying == _base)
            {
                Attain(day, _base, MembershipTransitionKind.Reattained);
            }
            else
            {
                // The demotion follows the latest evaluation (SPEC §6: "the level that the latest evaluation qualifies for").
                _pending = _pending with { To = Level(_qualifying) };
            }
        }
        else if (_base > None && _qualifying == _base && RenewalWindow.For(_anniversary!.Value).Contains(day))
        {
            _anniversary = _anniversary.Value.AddYears(1);
            _renewedOn = day;
            _transitions.Add(new MembershipTransition(day, MembershipTransitionKind.Renewed, Level(_base), Level(_base)));
        }
    }

    public void Apply(OperatorDecision decision)
    {
        var day = decision.EffectiveOn;
        CloseWindowsBefore(day);
        switch (decision)
        {
            case DemotionApproved when _pending is { } pending:
                EndDeferrals(day);
                var from = _base;
                _base = Rank(pending.To);
                _attainedOn = _base > None ? day : null;
                _anniversary = _base > None ? day.AddYears(1) : null;
                _renewedOn = null;
                _pending = null;
                _transitions.Add(new MembershipTransition(day, MembershipTransitionKind.Demoted, Level(from), Level(_base)));
                break;
            case DemotionDeferred deferred when _pending is not null:
                _overrides.Add(new MembershipOverride(deferred.Sequence, Level(_base)!.Value, day, deferred.Until, deferred.By, deferred.Reason, Deferral: true));
                _transitions.Add(new MembershipTransition(day, MembershipTransitionKind.Deferred, Level(_base), Level(_base)));
                break;
            case OverrideGranted granted when Rank(granted.Level) > None:
                _overrides.Add(new MembershipOverride(granted.Sequence, granted.Level, day, granted.Until, granted.By, granted.Reason, Deferral: false));
                _transitions.Add(new MembershipTransition(day, MembershipTransitionKind.OverrideGranted, Level(_base), Level(_base)));
                break;
            case OverrideRevoked revoked when _overrides.FindIndex(item => item.Sequence == revoked.OverrideSequence) is var index and >= 0
                                              && _overrides[index].Until > day:
                var ended = _overrides[index];
                _overrides[index] = ended with { Until = day < ended.From ? ended.From : day };
                _transitions.Add(new MembershipTransition(day, MembershipTransitionKind.OverrideRevoked, Level(_base), Level(_base)));
                break;
            default:
                _ignored.Add(decision.Sequence);
                break;
        }
    }

    public PartnerMembership On(DateOnly asOf)
    {
        CloseWindowsBefore(asOf);
        var active = _overrides.Where(item => item.IsActiveOn(asOf)).MaxBy(item => Rank(item.Level));
        var held = Math.Max(_base, active is null ? None : Rank(active.Level));
        var pending = _pending is null
            ? null
            : _pending with { DeferredUntil = _overrides.Where(item => item.Deferral && item.IsActiveOn(asOf)).Select(item => (DateOnly?)item.Until).Max() };

        return new PartnerMembership(
            asOf,
            Level(held),
            Level(_base),
            _attainedOn,
            _anniversary,
            _renewedOn,
            _latestEvaluationOn is null ? null : Level(_qualifying),
            _latestEvaluationOn,
            pending,
            active,
            _overrides.ToList(),
            _transitions.ToList(),
            _ignored.ToList());
    }

    private void Attain(DateOnly day, int level, MembershipTransitionKind kind)
    {
        var from = _base;
        _base = level;
        _attainedOn = day;
        _anniversary = day.AddYears(1); // DateOnly.AddYears takes 29 February to 28 February (SPEC §6)
        _renewedOn = null;
        _pending = null;
        _transitions.Add(new MembershipTransition(day, kind, Level(from), Level(level)));
    }

    /// <summary>
    /// When the renewal window closed before <paramref name="day"/> with no renewal, the demotion becomes pending from
    /// the day after it closed. Its target is the latest evaluation's level; when that evaluation still qualified for the
    /// held level (no evaluation fell in the window), the target is the level below: a renewal needs an evaluation in the
    /// window (docs/SPEC.md §7).
    /// </summary>
    private void CloseWindowsBefore(DateOnly day)
    {
        if (_base == None || _pending is not null || _anniversary is not { } anniversary || day <= RenewalWindow.For(anniversary).Closes)
        {
            return;
        }

        var dueSince = RenewalWindow.For(anniversary).Closes.AddDays(1);
        var target = _qualifying < _base ? _qualifying : _base - 1;
        _pending = new PendingDemotion(Level(_base)!.Value, Level(target), dueSince, DeferredUntil: null);
        _transitions.Add(new MembershipTransition(dueSince, MembershipTransitionKind.Lapsed, Level(_base), Level(target)));
    }

    private void EndDeferrals(DateOnly day)
    {
        for (var index = 0; index < _overrides.Count; index++)
        {
            if (_overrides[index] is { Deferral: true } deferral && deferral.Until > day)
            {
                _overrides[index] = deferral with { Until = day < deferral.From ? deferral.From : day };
            }
        }
    }

    private int Rank(LevelId? level)
    {
        if (level is not { } id)
        {
            return None;
        }

        for (var index = 0; index < ladder.Count; index++)
        {
            if (ladder[index] == id)
            {
                return index;
            }
        }

        return None;
    }

    private LevelId? Level(int rank) => rank > None ? ladder[rank] : null;
}
