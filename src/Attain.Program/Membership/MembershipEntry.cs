namespace Attain.Program.Membership;

/// <summary>
/// One partner's membership as the read model holds it (a row of the reminders list, the approval queue and the
/// at-risk list), in the language-neutral shape of <see cref="MembershipDocument"/>: levels as ids or "none", dates
/// as YYYY-MM-DD or null. <see cref="AtRiskDetail"/> says why in figures: the requirements the projection fails and
/// how many individuals leave before it (the partner's own membership names them).
/// </summary>
public sealed record MembershipEntry(
    string PartnerId,
    string Name,
    string Market,
    string AsOf,
    string HeldLevel,
    string? AttainedOn,
    string? Anniversary,
    string? WindowCloses,
    string? RenewedOn,
    string? QualifyingLevel,
    bool AtRisk,
    MembershipEntry.RiskSummary? AtRiskDetail,
    MembershipDocument.PendingDocument? PendingDemotion,
    MembershipDocument.OverrideDocument? Override,
    IReadOnlyList<MembershipDocument.ReminderDocument> Reminders)
{
    public sealed record RiskSummary(string ProjectedOn, string ProjectedLevel, IReadOnlyList<string> FailingRequirements, int Departures, string? FirstDepartureOn);
}
