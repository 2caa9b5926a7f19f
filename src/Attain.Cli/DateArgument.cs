using Attain.Core.Model;

namespace Attain.Cli;

/// <summary>A date given on the command line (--as-of, --on, --until): <c>YYYY-MM-DD</c> through <see cref="IsoDate"/>, or a message naming the option.</summary>
public static class DateArgument
{
    /// <summary>False, with the message written, when <paramref name="text"/> is given but not a date; null when it is not given.</summary>
    public static bool TryParse(string? text, string option, TextWriter error, out DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(error);
        date = null;
        if (text is null)
        {
            return true;
        }

        if (IsoDate.TryParse(text, out var day))
        {
            date = day;
            return true;
        }

        error.WriteLine(Language.Say(CliTexts.Date_Invalid, option, text));
        return false;
    }

    /// <summary>--as-of: the date given, or today (UTC) when none is (SPEC §2).</summary>
    public static bool TryParseAsOf(string? text, TextWriter error, out DateOnly asOf)
    {
        var valid = TryParse(text, "--as-of", error, out var given);
        asOf = given ?? DateOnly.FromDateTime(DateTime.UtcNow);
        return valid;
    }
}
