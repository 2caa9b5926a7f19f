using System.CommandLine;

namespace Attain.Cli;

/// <summary>
/// The --problems option of the commands that read a data folder: the full list of problems, one per line, in a file.
/// On the terminal a long list is grouped so it stays readable and memory stays bounded (issue #9); the file has them all.
/// </summary>
public static class ProblemsOption
{
    public static Option<FileInfo?> Create() => new("--problems")
    {
        Description = "Write every problem of the data folder, one per line (file:line: column: message), to this file. Past 1,000 problems the terminal shows them grouped.",
    };

    /// <summary>Opens the file for the full list, or null when none was asked for; UTF-8 without a BOM, like the data files.</summary>
    public static StreamWriter? Open(string? path) =>
        path is null ? null : new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
