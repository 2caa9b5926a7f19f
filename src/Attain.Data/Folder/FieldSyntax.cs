using System.Globalization;
using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>
/// The exact forms values take in a data folder (SPEC §2, §3). Deliberately stricter than .NET's parsers, which
/// accept whatever a culture allows: a data file means the same thing on every machine.
/// </summary>
internal static class FieldSyntax
{
    private const int MaximumDecimals = 2; // SPEC §2: US dollars, up to 2 decimals

    /// <summary>Exactly <c>YYYY-MM-DD</c> in ASCII digits, whether or not the day exists.</summary>
    public static bool IsDateShaped(ReadOnlySpan<char> text)
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
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (!IsDateShaped(text))
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

    /// <summary>
    /// An amount such as <c>1234.5</c> or <c>-20.00</c> within ±<see cref="Usd.Limit"/> (issue #9): see
    /// <see cref="IsAmountShaped"/>. False for a malformed amount and for one beyond the limit alike.
    /// </summary>
    public static bool TryParseAmount(ReadOnlySpan<char> text, out decimal amount)
    {
        amount = 0m;

        // The shape is checked first; parsing then only fails when the number is too large for a decimal.
        return IsAmountShaped(text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
            && Usd.IsWithinLimit(amount);
    }

    /// <summary>
    /// Written as an amount: an optional leading minus, digits, and at most two decimals after a '.', whatever its size.
    /// No plus sign, spaces, thousands separators or exponent: each of them is read differently by different tools,
    /// and money must not change on the way in.
    /// </summary>
    public static bool IsAmountShaped(ReadOnlySpan<char> text)
    {
        var digits = text.Length > 0 && text[0] == '-' ? text[1..] : text;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        var fraction = point < 0 ? [] : digits[(point + 1)..];
        return !whole.IsEmpty && AllAsciiDigits(whole) && AllAsciiDigits(fraction)
            && (point < 0 || fraction.Length is > 0 and <= MaximumDecimals);
    }

    /// <summary>A date as data files and messages write it, whatever the culture: <c>YYYY-MM-DD</c>.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool AllAsciiDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');

    private static int Digits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var digit in text)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }
}
