namespace Attain.Data.Folder;

/// <summary>
/// RFC 4180 quoting, checked strictly. Sep splits fields on quotes as RFC 4180 does, but when asked to unescape it
/// forgives what the RFC does not allow (<c>"Contoso"x</c> becomes <c>Contosox</c>); a data file that means
/// something other than it says is bad input, so fields are checked and unquoted here instead.
/// </summary>
internal static class CsvQuoting
{
    private const char Quote = '"';

    /// <summary>
    /// Either no quote at all, or a field wholly in quotes whose inner quotes are doubled
    /// (RFC 4180: <c>escaped = DQUOTE *(TEXTDATA / COMMA / CR / LF / 2DQUOTE) DQUOTE</c>).
    /// </summary>
    public static bool IsWellFormed(ReadOnlySpan<char> field)
    {
        if (field.IsEmpty || field[0] != Quote)
        {
            return !field.Contains(Quote);
        }

        if (field.Length < 2 || field[^1] != Quote)
        {
            return false;
        }

        var inner = field[1..^1];
        for (var next = inner.IndexOf(Quote); next >= 0; next = inner.IndexOf(Quote))
        {
            if (next + 1 >= inner.Length || inner[next + 1] != Quote)
            {
                return false;
            }

            inner = inner[(next + 2)..];
        }

        return true;
    }

    /// <summary>
    /// The value of a well-formed field. Most fields are not quoted, and most quoted ones hold no quote, so the
    /// value is a slice of the field; only a doubled quote costs a new string.
    /// </summary>
    public static ReadOnlySpan<char> Unquote(ReadOnlySpan<char> field)
    {
        if (field.Length < 2 || field[0] != Quote)
        {
            return field;
        }

        var inner = field[1..^1];
        return inner.Contains(Quote) ? inner.ToString().Replace("\"\"", "\"", StringComparison.Ordinal) : inner;
    }
}
