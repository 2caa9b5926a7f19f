using Attain.Core.Membership;
using Attain.Data.Store.Rows;

namespace Attain.Program.Membership;

/// <summary>The read model's row of a membership and back: the one place that knows how a membership is stored.</summary>
internal static class MembershipRows
{
    public static PartnerMembershipRow From(MembershipView view, long runId, int catalogVersionId, string market)
    {
        var membership = view.Membership;
        var reminders = view.Reminders;
        var row = new PartnerMembershipRow
        {
            RunId = runId,
            PartnerId = view.PartnerId.Value,
            Name = view.Name,
            Market = market,
            AsOf = membership.AsOf,
            CatalogVersionId = catalogVersionId,
            HeldLevel = MembershipDocument.Level(membership.HeldLevel),
            BaseLevel = MembershipDocument.Level(membership.BaseLevel),
            AttainedOn = membership.AttainedOn,
            Anniversary = membership.Anniversary,
            WindowCloses = membership.Window?.Closes,
            RenewedOn = membership.RenewedOn,
            QualifyingLevel = membership.LatestEvaluationOn is null ? null : MembershipDocument.Level(membership.QualifyingLevel),
            LatestEvaluationOn = membership.LatestEvaluationOn,
            RemindAnniversary = reminders.Any(reminder => reminder.Kind == ReminderKind.AnniversaryAhead),
            RemindRenewal = reminders.Any(reminder => reminder.Kind == ReminderKind.RenewalWindowOpen),
            RemindRenewalSecond = reminders.Any(reminder => reminder.Kind == ReminderKind.RenewalSecondReminder),
            RemindDemotion = reminders.Any(reminder => reminder.Kind == ReminderKind.DemotionPending),
            RemindOverride = reminders.Any(reminder => reminder.Kind == ReminderKind.OverrideExpiring),
            ReminderOn = reminders.Count == 0 ? null : reminders.Min(reminder => reminder.Date),
        };

        if (view.AtRisk is { } risk)
        {
            row.AtRisk = true;
            row.AtRiskProjectedOn = risk.ProjectedOn;
            row.AtRiskProjectedLevel = MembershipDocument.Level(risk.ProjectedLevel);
            row.AtRiskRequirements = string.Join(',', MembershipDocument.FailingRequirements(risk));
            row.AtRiskDepartures = risk.Departures.Count;
            row.AtRiskFirstDeparture = risk.Departures.Count == 0 ? null : risk.Departures.Min(individual => individual.Association.To);
        }

        if (membership.PendingDemotion is { } pending)
        {
            row.PendingFrom = pending.From.Value;
            row.PendingTo = MembershipDocument.Level(pending.To);
            row.PendingDueSince = pending.DueSince;
            row.DeferredUntil = pending.DeferredUntil;
        }

        if (membership.Override is { } active)
        {
            row.OverrideDecision = active.Sequence;
            row.OverrideLevel = active.Level.Value;
            row.OverrideFrom = active.From;
            row.OverrideUntil = active.Until;
            row.OverrideBy = active.By;
            row.OverrideReason = active.Reason;
            row.OverrideIsDeferral = active.Deferral;
        }

        return row;
    }

    public static MembershipEntry ToEntry(PartnerMembershipRow row) => new(
        row.PartnerId,
        row.Name,
        row.Market,
        MembershipDocument.Date(row.AsOf),
        row.HeldLevel,
        MembershipDocument.Date(row.AttainedOn),
        MembershipDocument.Date(row.Anniversary),
        MembershipDocument.Date(row.WindowCloses),
        MembershipDocument.Date(row.RenewedOn),
        row.QualifyingLevel,
        row.AtRisk,
        row.AtRisk
            ? new MembershipEntry.RiskSummary(
                MembershipDocument.Date(row.AtRiskProjectedOn) ?? string.Empty,
                row.AtRiskProjectedLevel ?? Core.Serialization.LevelNames.None,
                row.AtRiskRequirements is { Length: > 0 } failing ? failing.Split(',') : [],
                row.AtRiskDepartures,
                MembershipDocument.Date(row.AtRiskFirstDeparture))
            : null,
        row.PendingDueSince is { } due
            ? new MembershipDocument.PendingDocument(row.PendingFrom ?? string.Empty, row.PendingTo ?? Core.Serialization.LevelNames.None, MembershipDocument.Date(due), MembershipDocument.Date(row.DeferredUntil))
            : null,
        row.OverrideDecision is { } decision
            ? new MembershipDocument.OverrideDocument(decision, row.OverrideLevel ?? string.Empty, MembershipDocument.Date(row.OverrideFrom) ?? string.Empty, MembershipDocument.Date(row.OverrideUntil) ?? string.Empty, row.OverrideBy ?? string.Empty, row.OverrideReason ?? string.Empty, row.OverrideIsDeferral)
            : null,
        Reminders(row));

    /// <summary>The reminders a row holds, rebuilt from its flags and dates as <see cref="Core.Membership.Reminders.For"/> made them.</summary>
    private static List<MembershipDocument.ReminderDocument> Reminders(PartnerMembershipRow row)
    {
        var reminders = new List<MembershipDocument.ReminderDocument>();
        Add(row.RemindDemotion, ReminderKind.DemotionPending, row.PendingDueSince);
        Add(row.RemindAnniversary, ReminderKind.AnniversaryAhead, row.Anniversary);
        Add(row.RemindRenewal, ReminderKind.RenewalWindowOpen, row.WindowCloses);
        Add(row.RemindRenewalSecond, ReminderKind.RenewalSecondReminder, row.WindowCloses);
        Add(row.RemindOverride, ReminderKind.OverrideExpiring, row.OverrideUntil);
        return reminders;

        void Add(bool flag, ReminderKind kind, DateOnly? date)
        {
            if (flag && date is { } day)
            {
                reminders.Add(new MembershipDocument.ReminderDocument(ReminderNames.Of(kind), MembershipDocument.Date(day)));
            }
        }
    }
}
