using System.Globalization;

namespace Attain.Core.Explanation;

/// <summary>
/// string.Format that words counts right (issue 11): a format item "{0:plural:# row|# rows}" takes the form the
/// language's plural rule gives the count, with the count where '#' stands. The rules are CLDR's for the two
/// languages Attain speaks: English says "one" for exactly 1 and "other" for every other count; Japanese has only
/// "other" (the last form), so its texts need no plural items at all. Every other format item is formatted as
/// string.Format would, in the culture for numbers.
/// </summary>
public sealed class PluralFormat : IFormatProvider, ICustomFormatter
{
    private const string Prefix = "plural:";

    private readonly CultureInfo _numbers;
    private readonly bool _hasSingular;

    private PluralFormat(CultureInfo numbers, CultureInfo language)
    {
        _numbers = numbers;
        _hasSingular = language.TwoLetterISOLanguageName == "en";
    }

    /// <summary>Formats with one culture for both the numbers and the language of the plural forms.</summary>
    public static string Format(CultureInfo culture, string format, params object?[] arguments) => FormatMixed(culture, culture, format, arguments);

    /// <summary>
    /// Formats numbers in <paramref name="numbers"/> (the command line keeps them invariant) and picks plural
    /// forms by the rule of <paramref name="language"/>.
    /// </summary>
    public static string FormatMixed(CultureInfo numbers, CultureInfo language, string format, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(language);
        return string.Format(new PluralFormat(numbers, language), format, arguments);
    }

    public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : _numbers.GetFormat(formatType);

    public string Format(string? format, object? arg, IFormatProvider? formatProvider)
    {
        if (format is null || !format.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return arg is IFormattable formattable ? formattable.ToString(format, _numbers) : arg?.ToString() ?? string.Empty;
        }

        var forms = format[Prefix.Length..].Split('|');
        var count = Convert.ToDecimal(arg, CultureInfo.InvariantCulture);
        var form = _hasSingular && count == 1 ? forms[0] : forms[^1];
        // The count itself as a plain "{0}" would write it, so counts read alike inside and outside plural items.
        return form.Replace("#", Format(null, arg, formatProvider), StringComparison.Ordinal);
    }
}
