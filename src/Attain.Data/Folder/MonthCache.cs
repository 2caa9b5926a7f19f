using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>
/// Months read so far, by their text. Revenue has a row per customer, product and month, so a few hundred distinct
/// months stand for millions of rows: each is parsed once, by <see cref="Month.TryParse"/>, the one definition of
/// the <c>YYYY-MM</c> form.
/// </summary>
internal sealed class MonthCache
{
    private readonly SpanKeyedTable<Month> _months = new();

    public bool TryParse(ReadOnlySpan<char> text, out Month month)
    {
        if (_months.TryGetValue(text, out month))
        {
            return true;
        }

        var written = text.ToString();
        if (!Month.TryParse(written, out month))
        {
            return false;
        }

        _months.Add(written, month);
        return true;
    }
}
