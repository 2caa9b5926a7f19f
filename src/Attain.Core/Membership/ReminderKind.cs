namespace Attain.Core.Membership;

/// <summary>What the operator is reminded of (SPEC §6, reminders).</summary>
public enum ReminderKind
{
    /// <summary>The anniversary is at most 15 days ahead.</summary>
    AnniversaryAhead,

    /// <summary>The renewal window is open and the level not yet renewed.</summary>
    RenewalWindowOpen,

    /// <summary>Still not renewed 23 days or more after the anniversary: the window closes within a week.</summary>
    RenewalSecondReminder,

    /// <summary>A demotion waits for the operator's approval.</summary>
    DemotionPending,

    /// <summary>An override ends within 30 days.</summary>
    OverrideExpiring,
}
