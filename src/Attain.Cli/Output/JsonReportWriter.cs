using System.Text.Json;
using Attain.Core.Evaluation;
using Attain.Core.Serialization;

namespace Attain.Cli.Output;

/// <summary>SPEC §4: one JSON array, one object per partner, in partner id order; each written as it comes.</summary>
public sealed class JsonReportWriter : IDisposable
{
    private readonly TextWriter _output;
    private bool _first = true;

    public JsonReportWriter(TextWriter output)
    {
        _output = output;
        _output.Write('[');
    }

    public void Write(PartnerEvaluation evaluation)
    {
        _output.Write(_first ? "\n" : ",\n");
        _output.Write(JsonSerializer.Serialize(evaluation, AttainJson.Options));
        _first = false;
    }

    public void Dispose() => _output.WriteLine(_first ? "]" : "\n]");
}
