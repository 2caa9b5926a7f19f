using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Attain.Core.Model;

/// <summary>A calendar month, the unit revenue is reported in (SPEC §2). Like NodaTime's YearMonth.</summary>
public readonly record struct Month : IComparable<Month>
{
    private readonly int _index; // months since 0001-01: makes arithmetic and ordering trivial

    private Month(int index) => _index = index;

    public Month(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        _index = ((year - 1) * 12) + (month - 1);
    }

    public int Year => (_index / 12) + 1;

    public int Number => (_index % 12) + 1;

    public DateOnly FirstDay => new(Year, Number, 1);

    /// <summary>The first day of the next month: month intervals are half-open, like DPOR intervals.</summary>
    public DateOnly EndExclusive => FirstDay.AddMonths(1);

    public static Month Of(DateOnly date) => new(date.Year, date.Month);

    public Month Plus(int months) => new(_index + months);

    public int MonthsSince(Month earlier) => _index - earlier._index;

    public static bool TryParse(string? text, out Month month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number is < 1 or > 12)
        {
            return false;
        }

        month = new Month(year, number);
        return true;
    }

    public static Month Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month in the form YYYY-MM.");

    public int CompareTo(Month other) => _index.CompareTo(other._index);

    public static bool operator <(Month left, Month right) => left._index < right._index;
    public static bool operator >(Month left, Month right) => left._index > right._index;
    public static bool operator <=(Month left, Month right) => left._index <= right._index;
    public static bool operator >=(Month left, Month right) => left._index >= right._index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Number:D2}");
}
