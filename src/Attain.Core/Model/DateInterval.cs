namespace Attain.Core.Model;

/// <summary>
/// A half-open interval of days [From, To): either end may be open. DPOR and individual associations
/// are both expressed this way (SPEC §2), so "to" is the first day no longer covered.
/// </summary>
public readonly record struct DateInterval
{
    public DateInterval(DateOnly? from, DateOnly? to)
    {
        if (from is { } start && to is { } end && end <= start)
        {
            throw new ArgumentException($"An interval must end after it starts ({start:yyyy-MM-dd} .. {end:yyyy-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public static readonly DateInterval Always = new(null, null);

    public DateOnly? From { get; }

    public DateOnly? To { get; }

    public bool Contains(DateOnly day) => (From is not { } start || start <= day) && (To is not { } end || day < end);

    public bool Overlaps(Month month) => Overlaps(new DateInterval(month.FirstDay, month.EndExclusive));

    public bool Overlaps(DateInterval other) =>
        (To is not { } end || other.From is not { } otherStart || otherStart < end)
        && (other.To is not { } otherEnd || From is not { } start || start < otherEnd);

    public override string ToString() => $"[{From:yyyy-MM-dd}, {To:yyyy-MM-dd})";
}
