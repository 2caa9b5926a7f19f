using System.Globalization;
using Attain.Core.Model;

namespace Attain.Core.Explanation;

/// <summary>Shows dollar amounts for people: always US dollars, whatever the language, as the source does.</summary>
public static class MoneyFormat
{
    public static string Format(Usd amount, CultureInfo culture)
    {
        var digits = Math.Abs(amount.Amount).ToString("#,##0.00", culture);
        return amount.Amount < 0 ? $"-US${digits}" : $"US${digits}";
    }
}
