using System.Buffers;

namespace Attain.Data.Folder;

/// <summary>
/// A text cell of every CSV Attain writes, made safe for spreadsheets (issue #9): the one place the rule lives, so
/// every writer calls it for every text value (ids, names, codes), and writes its own numbers and dates as they are.
/// </summary>
public static class CsvCell
{
    // OWASP "CSV Injection": a cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets.
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    private static readonly SearchValues<char> QuotingNeeded = SearchValues.Create(",\"\r\n");

    /// <summary>
    /// <paramref name="value"/> as one RFC 4180 field: quoted when it holds a comma, quote or line break; and when it
    /// starts like a formula, prefixed with a single quote and quoted, as OWASP recommends, so a spreadsheet shows the
    /// text instead of running it. Only text goes through here: a number Attain formats itself, such as -1200.50, is
    /// written as it is, or it would stop being a number.
    /// </summary>
    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var formula = value.Length > 0 && FormulaStarts.Contains(value[0]);
        if (!formula && !value.AsSpan().ContainsAny(QuotingNeeded))
        {
            return value;
        }

        var escaped = value.Replace("\"", "\"\"", StringComparison.Ordinal);
        return formula ? $"\"'{escaped}\"" : $"\"{escaped}\"";
    }
}
