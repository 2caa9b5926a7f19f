using System.Globalization;
using Attain.Core.Explanation;
using Attain.Core.Model;

namespace Attain.Web.Pages;

/// <summary>Formats for the request's culture (set by request localization): dates, months and dollars as people there read them.</summary>
public static class Localized
{
    public static string Format(string format, params object?[] arguments) => string.Format(CultureInfo.CurrentCulture, format, arguments);

    public static string Date(DateOnly date) => date.ToString("D", CultureInfo.CurrentCulture);

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
