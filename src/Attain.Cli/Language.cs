using System.CommandLine;
using System.Globalization;
using Attain.Core.Explanation;

namespace Attain.Cli;

/// <summary>The two languages Attain speaks (SPEC §2), as --lang names them.</summary>
public static class Language
{
    public static readonly string[] Names = ["en", "ja"];

    /// <summary>The --lang option every command that prints for people shares.</summary>
    public static Option<string> Option()
    {
        var lang = new Option<string>("--lang") { Description = "Language of texts for people: en or ja.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong(Names);
        return lang;
    }

    /// <summary>A message for people: the text comes from the resources in the UI culture (--lang); the values
    /// in it (ids, counts, dates already formatted) stay invariant; counts are worded by the language's plural rule.</summary>
    public static string Say(string format, params object?[] values) => PluralFormat.FormatMixed(CultureInfo.InvariantCulture, CultureInfo.CurrentUICulture, format, values);

    public static CultureInfo Culture(string name) => CultureInfo.GetCultureInfo(name == "ja" ? "ja-JP" : "en-US");

    /// <summary>
    /// Resources (messages about bad input among them) follow the UI culture, as everywhere in .NET;
    /// formatting of data stays invariant, so only the UI culture changes.
    /// </summary>
    public static void Use(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;
}
