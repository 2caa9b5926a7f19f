using System.Text.Json;

namespace Attain.Cli.Tests;

/// <summary>Runs the `attain` command in-process and keeps what it printed.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples", "contoso");

    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = AttainCommand.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public JsonElement Json() => JsonDocument.Parse(Output).RootElement;
}
