using System.Globalization;

namespace Attain.Core.Model;

/// <summary>
/// The one way Attain reads and writes a calendar date: exactly <c>YYYY-MM-DD</c> in ASCII digits, a day that
/// exists (SPEC §2). Stricter than .NET's parsers, which accept whatever a culture allows, so a date means the
/// same thing in a data file, on the command line and in a query string.
/// </summary>
public static class IsoDate
{
    /// <summary>Exactly <c>YYYY-MM-DD</c> in ASCII digits, whether or not the day exists.</summary>
    public static bool IsShaped(ReadOnlySpan<char> text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        return char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3])
            && char.IsAsciiDigit(text[5]) && char.IsAsciiDigit(text[6])
            && char.IsAsciiDigit(text[8]) && char.IsAsciiDigit(text[9]);
    }

    /// <summary>A <c>YYYY-MM-DD</c> date that exists in the calendar (2017-02-30 does not).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (!IsShaped(text))
        {
            return false;
        }

        var year = Digits(text[..4]);
        var month = Digits(text[5..7]);
        var day = Digits(text[8..10]);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }
}
