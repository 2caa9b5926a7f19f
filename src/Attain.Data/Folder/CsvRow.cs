using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Attain.Core.Model;
using nietras.SeparatedValues;
using static Attain.Data.Folder.ProblemLog;

namespace Attain.Data.Folder;

/// <summary>
/// One record of a <see cref="CsvFile"/>, read field by field into typed values. Each <c>Try…</c> method reports
/// what is wrong with its field, at this row's line and that field's column, and returns false; a file reader
/// tries every field of a row before giving up on it, so one pass lists every problem of the row.
/// </summary>
internal readonly ref struct CsvRow
{
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(code => code is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)).Select(code => (char)code)]);

    private readonly SepReader.Row _row;
    private readonly CsvFile _file;

    public CsvRow(SepReader.Row row, CsvFile file)
    {
        _row = row;
        _file = file;
    }

    /// <summary>The 1-based line the record starts on, counting the header as line 1 (a quoted field may span lines).</summary>
    public int Line => _row.LineNumberFrom;

    public void Report(CsvColumn column, string message) => _file.Report(Line, column.Name, message);

    /// <summary>A value that must be given: empty or blank is reported. Valid only until the next row is read.</summary>
    public bool TryRequired(CsvColumn column, out ReadOnlySpan<char> value)
    {
        if (!TryValue(column, out value))
        {
            return false;
        }

        if (value.IsWhiteSpace())
        {
            Report(column, FolderMessages.ValueRequired);
            return false;
        }

        // Issue #9 (SPEC §7): no id or name needs a control character, and ESC or CR in one can rewrite a terminal
        // or start a spreadsheet formula; the value is not quoted back, for the same reason.
        var control = IndexOfControl(value);
        if (control < 0)
        {
            return true;
        }

        Report(column, Say(FolderMessages.ControlCharacter, ((int)value[control]).ToString("X4", CultureInfo.InvariantCulture), control + 1));
        return false;
    }

    public bool TryText(CsvColumn column, [NotNullWhen(true)] out string? value)
    {
        value = TryRequired(column, out var text) ? text.ToString() : null;
        return value is not null;
    }

    /// <summary>A code the catalog must know, such as an exam or a product; the catalog's own value is handed back.</summary>
    public bool TryCode<TCode>(CsvColumn column, SpanKeyedTable<TCode> known, string unknownTemplate, out TCode code)
        where TCode : struct
    {
        code = default;
        if (!TryRequired(column, out var text))
        {
            return false;
        }

        if (known.TryGetValue(text, out code))
        {
            return true;
        }

        Report(column, Say(unknownTemplate, text.ToString()));
        return false;
    }

    public bool TryDate(CsvColumn column, out DateOnly date)
    {
        date = default;
        return TryRequired(column, out var text) && TryParseDate(column, text, out date);
    }

    /// <summary>An optional date: empty means the interval is open at that end (SPEC §2).</summary>
    public bool TryOptionalDate(CsvColumn column, out DateOnly? date)
    {
        date = null;
        if (!TryValue(column, out var text))
        {
            return false;
        }

        if (text.IsEmpty)
        {
            return true;
        }

        if (!TryParseDate(column, text, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    /// <summary>
    /// The half-open interval [from, to) of two date fields already read. An interval that does not end after it
    /// starts covers no day at all, so it is a mistake: reported on the end column (SPEC §2: to is exclusive).
    /// </summary>
    public bool TryInterval(CsvColumn fromColumn, DateOnly? from, CsvColumn toColumn, DateOnly? to, out DateInterval interval)
    {
        interval = default;
        if (from is { } start && to is { } end && end <= start)
        {
            Report(toColumn, Say(FolderMessages.IntervalNotAfterStart, IsoDate.Format(end), fromColumn.Name, IsoDate.Format(start)));
            return false;
        }

        interval = new DateInterval(from, to);
        return true;
    }

    public bool TryMonth(CsvColumn column, MonthCache months, out Month month)
    {
        month = default;
        if (!TryRequired(column, out var text))
        {
            return false;
        }

        if (months.TryParse(text, out month))
        {
            return true;
        }

        Report(column, Say(FolderMessages.MonthMalformed, text.ToString()));
        return false;
    }

    public bool TryAmount(CsvColumn column, out Usd amount)
    {
        amount = Usd.Zero;
        if (!TryRequired(column, out var text))
        {
            return false;
        }

        if (FieldSyntax.TryParseAmount(text, out var dollars))
        {
            amount = new Usd(dollars);
            return true;
        }

        // A slip in the form is fixed differently from a figure no revenue line can have.
        Report(column, FieldSyntax.IsAmountShaped(text)
            ? Say(FolderMessages.AmountBeyondLimit, text.ToString(), new Usd(Usd.Limit))
            : Say(FolderMessages.AmountMalformed, text.ToString()));
        return false;
    }

    /// <summary>
    /// The first control character in <paramref name="value"/> other than tab, LF and CR, or -1. Those three come from
    /// spreadsheets (a line break typed in a cell) and are harmless once output escapes them; every other C0 control,
    /// DEL and the C1 controls have no place in text, and are what terminal escape sequences are made of.
    /// </summary>
    private static int IndexOfControl(ReadOnlySpan<char> value) => value.IndexOfAny(Controls);

    /// <summary>The field's value, unquoted; false for a badly quoted field, which is reported already.</summary>
    private bool TryValue(CsvColumn column, out ReadOnlySpan<char> value)
    {
        value = default;
        if (_file.IsBadlyQuoted(column.Index))
        {
            return false;
        }

        value = CsvQuoting.Unquote(_row[column.Index].Span);
        return true;
    }

    private bool TryParseDate(CsvColumn column, ReadOnlySpan<char> text, out DateOnly date)
    {
        if (IsoDate.TryParse(text, out date))
        {
            return true;
        }

        // Tell a typing slip in the form from a day that does not exist: they are fixed differently.
        var template = IsoDate.IsShaped(text) ? FolderMessages.DateImpossible : FolderMessages.DateMalformed;
        Report(column, Say(template, text.ToString()));
        return false;
    }
}
