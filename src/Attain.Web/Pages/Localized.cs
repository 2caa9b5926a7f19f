using System.Globalization;
using Attain.Core.Explanation;
using Attain.Core.Model;

namespace Attain.Web.Pages;

/// <summary>Formats for the request's culture (set by request localization): dates, months and dollars as people there read them.</summary>
public static class Localized
{
    /// <summary>A text of the resources with its values, counts worded by the language's plural rule (<see cref="PluralFormat"/>).</summary>
    public static string Format(string format, params object?[] arguments) => PluralFormat.Format(CultureInfo.CurrentCulture, format, arguments);

    /// <summary>A date in a sentence or heading: the long form of the page's language (SPEC §7, issue 11).</summary>
    public static string Date(DateOnly date) => date.ToString("D", CultureInfo.CurrentCulture);

    /// <summary>A date in a table cell or a list of figures: ISO, the same in both languages, compact and sortable.</summary>
    public static string TableDate(DateOnly date) => IsoDate.Format(date);

    /// <summary>A moment in a table or a record (UTC, to the minute), the same in both languages.</summary>
    public static string TableTime(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Month(Month month) => month.FirstDay.ToString("Y", CultureInfo.CurrentCulture);

    public static string ShortMonth(Month month) =>
        CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "ja"
            ? month.FirstDay.ToString("yy/M", CultureInfo.CurrentCulture)
            : month.FirstDay.ToString("MMM yy", CultureInfo.CurrentCulture);

    /// <summary>A month under a chart's column: "Nov" or "Jan 26" (with the year), "11月" or "26年1月".</summary>
    public static string ChartMonth(Month month, bool withYear) =>
        CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "ja"
            ? month.FirstDay.ToString(withYear ? "yy年M月" : "M月", CultureInfo.CurrentCulture)
            : month.FirstDay.ToString(withYear ? "MMM yy" : "MMM", CultureInfo.CurrentCulture);

    public static string Money(Usd amount) => MoneyFormat.Format(amount, CultureInfo.CurrentCulture);

    public static bool IsJapanese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ja";
}
