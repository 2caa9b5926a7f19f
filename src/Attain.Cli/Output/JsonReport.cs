using Attain.Core.Evaluation;

namespace Attain.Cli.Output;

/// <summary>SPEC §4: one JSON array of evaluations in hand (<see cref="JsonReportWriter"/>).</summary>
public static class JsonReport
{
    public static void Write(IEnumerable<PartnerEvaluation> evaluations, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        using var writer = new JsonReportWriter(output);
        foreach (var evaluation in evaluations)
        {
            writer.Write(evaluation);
        }
    }
}
