using System.Globalization;

namespace Attain.Core;

/// <summary>
/// Something wrong with input a user gave: a data file or a catalog. Problems are values, collected and
/// reported together, never exceptions thrown across layers (SPEC §3: every problem, where and what).
/// </summary>
/// <param name="Source">The file (or other source) the problem is in.</param>
/// <param name="Line">The 1-based line, where the source has lines.</param>
/// <param name="Location">The column name, or a path inside a structured document.</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record Problem(string Source, int? Line, string? Location, string Message)
{
    public override string ToString()
    {
        var where = Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"{Source}:{line}") : Source;
        return Location is null ? $"{where}: {Message}" : $"{where}: {Location}: {Message}";
    }
}
