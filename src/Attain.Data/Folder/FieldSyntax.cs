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

    private static bool AllAsciiDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
}
