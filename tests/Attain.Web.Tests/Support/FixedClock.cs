namespace Attain.Web.Tests.Support;

/// <summary>Today is the samples' as-of date, 2026-11-25 (samples/contoso/README.md), whatever the real date.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateOnly SampleDay = new(2026, 11, 25);

    public static FixedClock OnSampleDay() => new(new DateTimeOffset(SampleDay.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
