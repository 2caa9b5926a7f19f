using Attain.Core.Catalog;
using Attain.Core.Evaluation;

namespace Attain.Cli.Output;

/// <summary>
/// Where `attain evaluate` writes its report, a partner at a time: a file (--out, by extension) or standard output
/// in --format. JSON and CSV are written as partners come, so memory does not grow with them; the table for people
/// needs every row before it is drawn (column widths, totals), so it is drawn when the sink is disposed.
/// </summary>
public sealed class ReportSink : IDisposable
{
    private readonly StreamWriter? _file;
    private readonly JsonReportWriter? _json;
    private readonly CsvReportWriter? _csv;
    private readonly List<PartnerEvaluation>? _table;
    private readonly Action<IReadOnlyList<PartnerEvaluation>>? _draw;

    public ReportSink(string format, string? path, bool onePartner, ReportContext report)
    {
        ArgumentNullException.ThrowIfNull(report);
        TextWriter output = report.Output;
        if (path is not null)
        {
            _file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            output = _file;
            format = ReportFile.FormatOf(path) ?? format;
        }

        switch (format)
        {
            case "json":
                _json = new JsonReportWriter(output);
                break;
            case "csv":
                _csv = new CsvReportWriter(output);
                break;
            default:
                _table = [];
                _draw = onePartner
                    ? evaluations => PartnerChecklist.Write(evaluations.Single(), report)
                    : evaluations => ProgramTable.Write(evaluations, report);
                break;
        }
    }

    public void Write(IEnumerable<PartnerEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        foreach (var evaluation in evaluations)
        {
            _json?.Write(evaluation);
            _csv?.Write(evaluation);
            _table?.Add(evaluation);
        }
    }

    public void Dispose()
    {
        _json?.Dispose();
        _csv?.Dispose();
        if (_table is not null)
        {
            _draw!(_table);
        }

        _file?.Dispose();
    }

    /// <summary>Convenience for the folder: every evaluation in one go.</summary>
    public static void WriteAll(IEnumerable<PartnerEvaluation> evaluations, string format, string? path, bool onePartner, VersionedCatalog catalog, System.Globalization.CultureInfo culture, TextWriter output)
    {
        using var sink = new ReportSink(format, path, onePartner, new ReportContext(catalog, culture, output));
        sink.Write(evaluations);
    }
}
