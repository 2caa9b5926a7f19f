using System.Globalization;
using Attain.Core.Model;

namespace Attain.Web.Evaluation;

/// <summary>
/// Query values are read by hand rather than bound, so a bad one is a 400 problem naming the parameter and
/// what it should be, never a 500 or a bare 400.
/// </summary>
public static class QueryValue
{
    public static bool TryAsOf(string? text, DateOnly today, out DateOnly asOf, out string? error)
    {
        var parsed = TryDate(text, "asOf", out var day, out error);
        asOf = day ?? today;
        return parsed;
    }

    /// <summary>A date or nothing (null when the value is empty): lists take the stored as-of date when none is asked for.</summary>
    public static bool TryDate(string? text, string name, out DateOnly? date, out string? error)
    {
        error = null;
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (IsoDate.TryParse(text, out var day))
        {
            date = day;
            return true;
        }

        error = $"{name}: '{text}' is not a date in the form YYYY-MM-DD.";
        return false;
    }

    public static bool TryCulture(string? lang, out CultureInfo culture, out string? error)
    {
        error = null;
        culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja" ? Japanese : English;
        switch (lang)
        {
            case null or "":
                return true;
            case "en":
                culture = English;
                return true;
            case "ja":
                culture = Japanese;
                return true;
            default:
                error = $"lang: '{lang}' is not a language Attain speaks; use en or ja.";
                return false;
        }
    }

    public static bool TryInt(string? text, string name, int fallback, int min, int max, out int value, out string? error)
    {
        error = null;
        value = fallback;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max)
        {
            return true;
        }

        error = string.Create(CultureInfo.InvariantCulture, $"{name}: '{text}' is not a whole number from {min} to {max}.");
        return false;
    }

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");
}
