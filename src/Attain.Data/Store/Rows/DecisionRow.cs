namespace Attain.Data.Store.Rows;

/// <summary>
/// One operator decision about a partner's membership (SPEC §6), appended and never edited or deleted: the log
/// <see cref="Core.Membership.MembershipLedger"/> replays. <see cref="Sequence"/> is the log's order.
/// </summary>
public sealed class DecisionRow
{
    public long Sequence { get; set; }

    public required string PartnerId { get; set; }

    /// <summary>approve, defer, override or revoke.</summary>
    public required string Kind { get; set; }

    public DateOnly EffectiveOn { get; set; }

    /// <summary>The end (exclusive) of an override or a deferral.</summary>
    public DateOnly? Until { get; set; }

    /// <summary>The level an override grants.</summary>
    public string? Level { get; set; }

    /// <summary>The override a revocation ends.</summary>
    public long? OverrideSequence { get; set; }

    public DateTime DecidedAtUtc { get; set; }

    public required string DecidedBy { get; set; }

    public required string Reason { get; set; }
}
