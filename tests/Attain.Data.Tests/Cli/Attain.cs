using Attain.Cli;

namespace Attain.Data.Tests.Cli;

/// <summary>Runs the `attain` command in-process, as the operator would type it, and keeps what it printed.</summary>
public sealed record Attain(int ExitCode, string Output, string Error)
{
    /// <summary>How many partners samples/contoso/partners.csv holds (P-1001 … P-1016).</summary>
    public const int SamplePartners = 16;

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples", "contoso");

    public const string AsOf = "2026-11-25";

    public static Attain Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = AttainCommand.Run(args, output, error);
        return new Attain(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A copy of the sample folder to change into another drop; deleted when disposed.</summary>
    public static TemporaryFolder CopyOfSamples()
    {
        var folder = new TemporaryFolder("attain-drop-");
        foreach (var file in Directory.GetFiles(Samples, "*.csv"))
        {
            File.Copy(file, folder.File(Path.GetFileName(file)));
        }

        return folder;
    }
}
