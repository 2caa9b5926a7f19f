using System.Globalization;
using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Core.Serialization;

namespace Attain.Program.Membership;

/// <summary>
/// A partner's membership in the language-neutral shape of SPEC §6 (`attain membership --format json`, and the API):
/// levels as "gold", "silver" or "none", dates as YYYY-MM-DD or null.
/// </summary>
public sealed record MembershipDocument(
    string PartnerId,
    string Name,
    string AsOf,
    string HeldLevel,
    string? AttainedOn,
    string? Anniversary,
    MembershipDocument.WindowDocument? RenewalWindow,
    string? RenewedOn,
    string? QualifyingLevel,
    string? LatestEvaluation,
    bool AtRisk,
    MembershipDocument.AtRiskDocument? AtRiskDetail,
    MembershipDocument.PendingDocument? PendingDemotion,
    MembershipDocument.OverrideDocument? Override,
    IReadOnlyList<MembershipDocument.ReminderDocument> Reminders)
{
    public static MembershipDocument Of(MembershipView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var membership = view.Membership;
        return new MembershipDocument(
            view.PartnerId.Value,
            view.Name,
            Date(membership.AsOf),
            Level(membership.HeldLevel),
            Date(membership.AttainedOn),
            Date(membership.Anniversary),
            membership.Window is { } window ? new WindowDocument(Date(window.Opens), Date(window.Closes)) : null,
            Date(membership.RenewedOn),
            membership.LatestEvaluationOn is null ? null : Level(membership.QualifyingLevel),
            Date(membership.LatestEvaluationOn),
            view.AtRisk is not null,
            view.AtRisk is { } risk ? AtRiskOf(risk) : null,
            membership.PendingDemotion is { } pending
                ? new PendingDocument(Level(pending.From), Level(pending.To), Date(pending.DueSince), Date(pending.DeferredUntil))
                : null,
            membership.Override is { } active
                ? new OverrideDocument(active.Sequence, Level(active.Level), Date(active.From), Date(active.Until), active.By, active.Reason, active.Deferral)
                : null,
            [.. view.Reminders.Select(reminder => new ReminderDocument(ReminderNames.Of(reminder.Kind), Date(reminder.Date)))]);
    }

    public sealed record WindowDocument(string Opens, string Closes);

    /// <summary>Why the level is at risk: what the partner would qualify for on <see cref="ProjectedOn"/>, the requirements of the held level it would fail, and who is due to leave before then.</summary>
    public sealed record AtRiskDocument(string ProjectedOn, string ProjectedLevel, IReadOnlyList<string> FailingRequirements, IReadOnlyList<DepartureDocument> Departures);

    public sealed record DepartureDocument(string IndividualId, string Name, string LeavesOn);

    public sealed record PendingDocument(string From, string To, string DueSince, string? DeferredUntil);

    public sealed record OverrideDocument(long Decision, string Level, string From, string Until, string By, string Reason, bool Deferral);

    public sealed record ReminderDocument(string Kind, string Date);

    private static AtRiskDocument AtRiskOf(AtRisk risk)
    {
        var failing = FailingRequirements(risk);
        var departures = risk.Departures
            .Select(individual => new DepartureDocument(individual.Id.Value, individual.Name, Date(individual.Association.To!.Value)))
            .ToList();
        return new AtRiskDocument(Date(risk.ProjectedOn), Level(risk.ProjectedLevel), failing, departures);
    }

    /// <summary>The held level's requirements that the projection fails: why the level is at risk.</summary>
    internal static IReadOnlyList<string> FailingRequirements(AtRisk risk) =>
        risk.Projection.Levels.FirstOrDefault(level => level.Level == risk.Level)?.Requirements
            .Where(requirement => !requirement.Met)
            .Select(requirement => requirement.RequirementId)
            .ToList() ?? [];

    internal static string Level(LevelId? level) => level?.Value ?? LevelNames.None;

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
