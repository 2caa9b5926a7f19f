using Attain.Core.Evaluation;

namespace Attain.Cli.Output;

/// <summary>One row per partner for spreadsheets (<see cref="CsvReportWriter"/>), from evaluations in hand.</summary>
public static class CsvReport
{
    public static void Write(IEnumerable<PartnerEvaluation> evaluations, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        using var writer = new CsvReportWriter(output);
        foreach (var evaluation in evaluations)
        {
            writer.Write(evaluation);
        }
    }
}
