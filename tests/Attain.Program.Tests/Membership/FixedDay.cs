namespace Attain.Program.Tests.Membership;

/// <summary>A clock stopped at noon UTC on one day, so "today" in a decision is the day the test says.</summary>
public sealed class FixedDay(DateOnly day) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
