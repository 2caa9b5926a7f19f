using System.Globalization;
using Attain.Core.Model;

namespace Attain.Core.Tests.Support;

/// <summary>Dates and months written as in the data files, so scenarios read like the source.</summary>
public static class Day
{
    public static DateOnly Of(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? OfOptional(string? text) => text is null ? null : Of(text);

    public static Month Month(string text) => Model.Month.Parse(text);
}
