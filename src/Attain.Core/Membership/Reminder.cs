namespace Attain.Core.Membership;

/// <summary>One reminder; <see cref="Date"/> is the day it is about (the anniversary, the window's last day, the demotion's due date or the override's end).</summary>
public sealed record Reminder(ReminderKind Kind, DateOnly Date);
