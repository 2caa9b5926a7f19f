using System.Text;
using nietras.SeparatedValues;
using static Attain.Data.Folder.ProblemLog;

namespace Attain.Data.Folder;

/// <summary>
/// One CSV file of a data folder, read a row at a time (SPEC §3: UTF-8 — or UTF-16 with a BOM, §7 — a header row, commas, RFC 4180 quoting).
/// Opening checks the header against the columns the file must have; <see cref="TryReadRow"/> hands out only rows
/// with as many fields as the header, reporting the others. Problems go to the log: nothing here throws for bad input.
/// </summary>
internal sealed class CsvFile : IDisposable
{
    private const int HeaderLine = 1;

    // The header is read as an ordinary row (HasHeader = false) so that a repeated or unknown column name is
    // reported like any other problem; the field count and quoting are checked here, row by row, for the same
    // reason (Sep would throw, or forgive, instead).
    private static readonly SepReaderOptions Options = Sep.New(',').Reader(options => options with
    {
        HasHeader = false,
        Unescape = false,
        DisableColCountCheck = true,
    });

    // Invalid text is bad input to report, not something to replace silently with U+FFFD.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true);

    private readonly SepReader _reader;
    private readonly ProblemLog _problems;
    private readonly string[] _header;
    private readonly bool[] _badlyQuoted; // of the current row, by field: reported once, then left unread
    private readonly Dictionary<string, int> _columnIndexes;
    private int _lastLineRead = HeaderLine;
    private readonly int _resumeAt;

    private CsvFile(string name, SepReader reader, string[] header, Dictionary<string, int> columnIndexes, ProblemLog problems, int resumeAt)
    {
        Name = name;
        _problems = problems;
        _resumeAt = resumeAt;
        _reader = reader;
        _header = header;
        _badlyQuoted = new bool[header.Length];
        _columnIndexes = columnIndexes;
    }

    /// <summary>The file name, such as <c>revenue.csv</c>: the source of every problem in this file.</summary>
    public string Name { get; }

    /// <summary>Logs a problem of a row's value, unless its row was checked on an earlier reading (see <see cref="Open"/>).</summary>
    public void Report(int line, string column, string message)
    {
        if (line >= _resumeAt)
        {
            _problems.Add(Name, line, column, message);
        }
    }

    /// <summary>
    /// Opens <paramref name="name"/> in <paramref name="folder"/> and checks its header. Returns null, with the
    /// problems logged, when the file is missing, unreadable, or lacks one of <paramref name="columns"/>: its rows
    /// could not be read then. An unknown or repeated column is reported, yet the rows are still read, so one
    /// run lists the problems of every row too.
    /// </summary>
    /// <param name="resumeAt">
    /// For a file read a second time: the line the first reading stopped on. Its header and every row before that line
    /// were checked then, and the row on it was read (its quoting checked) but not its values: none of those problems
    /// is reported again.
    /// </param>
    public static CsvFile? Open(string folder, string name, IReadOnlyList<string> columns, ProblemLog problems, int resumeAt = HeaderLine)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            problems.Add(name, null, null, FolderMessages.FileMissing);
            return null;
        }

        StreamReader? text = null;
        SepReader? reader = null;
        try
        {
            var bytes = File.OpenRead(path);
            if (EncodingOf(bytes) is not { } encoding)
            {
                bytes.Dispose();
                problems.Add(name, null, null, FolderMessages.EncodingUnsupported);
                return null;
            }

            text = new StreamReader(bytes, encoding, detectEncodingFromByteOrderMarks: false);
            reader = Options.From(text);
            var header = reader.MoveNext() ? ReadHeader(reader.Current) : [];
            var file = CheckHeader(name, reader, header, columns, problems, resumeAt);
            if (file is null)
            {
                reader.Dispose();
            }

            return file;
        }
        catch (DecoderFallbackException)
        {
            problems.Add(name, null, null, FolderMessages.NotUtf8);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(name, null, null, Say(FolderMessages.FileUnreadable, exception.Message));
        }

        reader?.Dispose();
        text?.Dispose();
        return null;
    }

    /// <summary>
    /// SPEC §7 (issue #9): UTF-8 with or without a byte order mark, or UTF-16 (little or big endian) with one, as Excel
    /// saves "Unicode text". Leaves <paramref name="bytes"/> after the mark. Null for UTF-32, which no spreadsheet writes.
    /// </summary>
    private static Encoding? EncodingOf(FileStream bytes)
    {
        Span<byte> start = stackalloc byte[4];
        var read = bytes.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var mark = start[..read];
        (Encoding? Encoding, int Length) found = mark switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] or [0x00, 0x00, 0xFE, 0xFF, ..] => (null, 0),
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
            [0xFF, 0xFE, ..] => (StrictUtf16Le, 2),
            [0xFE, 0xFF, ..] => (StrictUtf16Be, 2),
            _ => (StrictUtf8, 0),
        };
        bytes.Position = found.Length;
        return found.Encoding;
    }

    /// <summary>Where <paramref name="name"/>, one of the columns given to <see cref="Open"/>, is in this file.</summary>
    public CsvColumn Column(string name) => new(name, _columnIndexes[name]);

    /// <summary>
    /// Moves to the next row that has as many fields as the header. A row with another number of fields is reported
    /// and skipped: its values cannot be told apart. A field quoted against RFC 4180 is reported and the rest of its
    /// row is still read. Returns false at the end of the file, or when the rest of the file cannot be read (reported too).
    /// </summary>
    public bool TryReadRow(out CsvRow row)
    {
        row = default;
        while (MoveNext())
        {
            var current = _reader.Current;
            _lastLineRead = current.LineNumberToExcl - 1;
            if (current.ColCount == _header.Length)
            {
                CheckQuoting(current);
                row = new CsvRow(current, this);
                return true;
            }

            ReportReading(current.LineNumberFrom, FieldCountMessage(current));
        }

        return false;
    }

    /// <summary>Whether the field at <paramref name="index"/> of the current row is badly quoted, and so reported already.</summary>
    public bool IsBadlyQuoted(int index) => _badlyQuoted[index];

    public void Dispose() => _reader.Dispose();

    private bool MoveNext()
    {
        try
        {
            return _reader.MoveNext();
        }
        catch (DecoderFallbackException)
        {
            _problems.Add(Name, null, null, Say(FolderMessages.NotUtf8AfterLine, _lastLineRead));
            return false;
        }
        catch (IOException exception)
        {
            _problems.Add(Name, null, null, Say(FolderMessages.FileUnreadable, exception.Message));
            return false;
        }
    }

    /// <summary>A problem found reading a row (its fields, their quoting), unless that row was read before (see <see cref="Open"/>).</summary>
    private void ReportReading(int line, string message, string? column = null)
    {
        if (line > _resumeAt)
        {
            _problems.Add(Name, line, column, message);
        }
    }

    private string FieldCountMessage(SepReader.Row row)
    {
        // Sep reads an empty line as one empty field: say so rather than count fields on it.
        if (row.ColCount == 1 && row.Span.IsEmpty)
        {
            return FolderMessages.EmptyLine;
        }

        // A quote left open runs on over the following lines, and the fields with it: point at where it started.
        // (At the end of the file it has taken the last line break in too, which starts no line of its own.)
        var lastLine = row.LineNumberToExcl - 1 - (row.Span is [.., '\n' or '\r'] ? 1 : 0);
        return lastLine > row.LineNumberFrom
            ? Say(FolderMessages.FieldCountOverLines, row.ColCount, _header.Length, lastLine)
            : Say(FolderMessages.FieldCount, row.ColCount, _header.Length);
    }

    /// <summary>Reports each field of the row whose quoting RFC 4180 does not allow.</summary>
    private void CheckQuoting(SepReader.Row row)
    {
        for (var index = 0; index < _badlyQuoted.Length; index++)
        {
            _badlyQuoted[index] = !CsvQuoting.IsWellFormed(row[index].Span);
            if (_badlyQuoted[index])
            {
                ReportReading(row.LineNumberFrom, FolderMessages.QuotingMalformed, _header[index]);
            }
        }
    }

    private static string[] ReadHeader(SepReader.Row row)
    {
        var names = new string[row.ColCount];
        for (var index = 0; index < names.Length; index++)
        {
            names[index] = CsvQuoting.Unquote(row[index].Span).ToString();
        }

        // A file with nothing in it at all reads as one empty header field: that is no column, not an unknown one.
        return names is [""] ? [] : names;
    }

    private static CsvFile? CheckHeader(string name, SepReader reader, string[] header, IReadOnlyList<string> columns, ProblemLog problems, int resumeAt)
    {
        void ReportHeader(string column, string message)
        {
            if (resumeAt <= HeaderLine)
            {
                problems.Add(name, HeaderLine, column, message);
            }
        }

        var expected = string.Join(",", columns);
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Length; index++)
        {
            if (!columns.Contains(header[index]))
            {
                ReportHeader(header[index], Say(FolderMessages.ColumnUnknown, expected));
            }
            else if (!indexes.TryAdd(header[index], index))
            {
                ReportHeader(header[index], FolderMessages.ColumnRepeated);
            }
        }

        var complete = true;
        foreach (var column in columns)
        {
            if (!indexes.ContainsKey(column))
            {
                ReportHeader(column, Say(FolderMessages.ColumnMissing, expected));
                complete = false;
            }
        }

        return complete ? new CsvFile(name, reader, header, indexes, problems, resumeAt) : null;
    }
}
