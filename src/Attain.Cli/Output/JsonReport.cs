using System.Text.Json;
using Attain.Core.Evaluation;
using Attain.Core.Serialization;

namespace Attain.Cli.Output;

/// <summary>SPEC §4: one JSON array, one object per partner, in partner id order; written as it goes.</summary>
public static class JsonReport
{
    public static void Write(IEnumerable<PartnerEvaluation> evaluations, TextWriter output)
    {
        output.Write('[');
        var first = true;
        foreach (var evaluation in evaluations)
        {
            output.Write(first ? "\n" : ",\n");
            output.Write(JsonSerializer.Serialize(evaluation, AttainJson.Options));
            first = false;
        }

        output.WriteLine(first ? "]" : "\n]");
    }
}
