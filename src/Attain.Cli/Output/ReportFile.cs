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
}
