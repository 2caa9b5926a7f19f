namespace Attain.Data.Store.Rows;

/// <summary>
/// The read model's membership (SPEC §6): the level partner <see cref="PartnerId"/> holds as of <see cref="AsOf"/>, as
/// the evaluation run <see cref="RunId"/> left it, next to its standing (and removed with it). The reminder columns are
/// worked out when the row is written, so the reminders list and the approval queue are index range scans.
/// A decision re-derives the partner's row. Levels are ids as in the JSON output, "none" for no level.
/// </summary>
public sealed class PartnerMembershipRow
{
    public long RunId { get; set; }

    public required string PartnerId { get; set; }

    public required string Name { get; set; }

    /// <summary>"developed" or "developing", as in the standings.</summary>
    public required string Market { get; set; }

    public DateOnly AsOf { get; set; }

    public int CatalogVersionId { get; set; }

    /// <summary>The level held: from the evaluations, lifted by an override in force.</summary>
    public required string HeldLevel { get; set; }

    /// <summary>The level held from the evaluations and approved demotions alone.</summary>
    public required string BaseLevel { get; set; }

    public DateOnly? AttainedOn { get; set; }

    public DateOnly? Anniversary { get; set; }

    /// <summary>The last day of the renewal window [anniversary, anniversary + 30 days].</summary>
    public DateOnly? WindowCloses { get; set; }

    public DateOnly? RenewedOn { get; set; }

    /// <summary>The level the latest evaluation qualified for; null when there is none yet.</summary>
    public string? QualifyingLevel { get; set; }

    public DateOnly? LatestEvaluationOn { get; set; }

    public bool AtRisk { get; set; }

    public DateOnly? AtRiskProjectedOn { get; set; }

    public string? AtRiskProjectedLevel { get; set; }

    /// <summary>The held level's requirements the projection fails, comma-separated ids (the reason).</summary>
    public string? AtRiskRequirements { get; set; }

    /// <summary>How many individuals associated on the as-of day leave before the projection's day, and the first of those days.</summary>
    public int AtRiskDepartures { get; set; }

    public DateOnly? AtRiskFirstDeparture { get; set; }

    public string? PendingFrom { get; set; }

    public string? PendingTo { get; set; }

    /// <summary>Set while a demotion waits for the operator: the approval queue.</summary>
    public DateOnly? PendingDueSince { get; set; }

    public DateOnly? DeferredUntil { get; set; }

    public long? OverrideDecision { get; set; }

    public string? OverrideLevel { get; set; }

    public DateOnly? OverrideFrom { get; set; }

    public DateOnly? OverrideUntil { get; set; }

    public string? OverrideBy { get; set; }

    public string? OverrideReason { get; set; }

    public bool OverrideIsDeferral { get; set; }

    public bool RemindAnniversary { get; set; }

    public bool RemindRenewal { get; set; }

    public bool RemindRenewalSecond { get; set; }

    public bool RemindDemotion { get; set; }

    public bool RemindOverride { get; set; }

    /// <summary>The soonest day a reminder of this row is about; null when there is no reminder.</summary>
    public DateOnly? ReminderOn { get; set; }
}
