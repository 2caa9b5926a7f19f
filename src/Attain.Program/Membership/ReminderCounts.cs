namespace Attain.Program.Membership;

/// <summary>How many partners (of those a list's level and market filters keep) have each kind of reminder.</summary>
public sealed record ReminderCounts(int AnniversaryAhead, int RenewalWindowOpen, int RenewalSecondReminder, int DemotionPending, int OverrideExpiring);
