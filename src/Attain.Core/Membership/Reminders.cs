namespace Attain.Core.Membership;

/// <summary>The operator's reminders for one partner's membership on its as-of day (SPEC §6).</summary>
public static class Reminders
{
    public const int AnniversaryNoticeDays = 15;
    public const int SecondReminderAfterDays = 23;
    public const int OverrideNoticeDays = 30;

    public static IReadOnlyList<Reminder> For(PartnerMembership membership)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var today = membership.AsOf;
        var reminders = new List<Reminder>();

        if (membership.PendingDemotion is { } pending)
        {
            reminders.Add(new Reminder(ReminderKind.DemotionPending, pending.DueSince));
        }
        else if (membership.Anniversary is { } anniversary)
        {
            var window = RenewalWindow.For(anniversary);
            if (today < anniversary && anniversary.DayNumber - today.DayNumber <= AnniversaryNoticeDays)
            {
                reminders.Add(new Reminder(ReminderKind.AnniversaryAhead, anniversary));
            }
            else if (window.Contains(today))
            {
                // A renewal moves the anniversary a year on, so an open window here is one not yet renewed.
                var kind = today.DayNumber - anniversary.DayNumber >= SecondReminderAfterDays
                    ? ReminderKind.RenewalSecondReminder
                    : ReminderKind.RenewalWindowOpen;
                reminders.Add(new Reminder(kind, window.Closes));
            }
        }

        if (membership.Override is { } active && active.Until.DayNumber - today.DayNumber <= OverrideNoticeDays)
        {
            reminders.Add(new Reminder(ReminderKind.OverrideExpiring, active.Until));
        }

        return reminders;
    }
}
