using Attain.Core.Evaluation;

namespace Attain.Cli.Output;

/// <summary>--out: the report written to a file, its format named by the extension (.csv or .json).</summary>
public static class ReportFile
{
    public static string? FormatOf(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".CSV" => "csv",
        ".JSON" => "json",
        _ => null,
    };

    public static void Write(IEnumerable<PartnerEvaluation> evaluations, string path)
    {
        using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        if (FormatOf(path) == "csv")
        {
            CsvReport.Write(evaluations, file);
        }
        else
        {
            JsonReport.Write(evaluations, file);
        }
    }
}
