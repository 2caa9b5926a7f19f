using System.CommandLine;
using System.Globalization;
using Attain.Cli.Evaluate;
using Attain.Cli.Output;
using Attain.Data;
using Attain.Data.Store;
using Attain.Data.Store.Import;
using Attain.Program;
using Attain.Program.Import;

namespace Attain.Cli.Import;

/// <summary>
/// `attain import &lt;folder&gt; [--db …]`: a SPEC §3 data folder into the store. Validated as a whole against
/// the folder and what is stored; on bad input every problem is listed, exit 2, and nothing is written.
/// </summary>
public static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The data folder to import: partners.csv, individuals.csv, exam_passes.csv, dpor.csv, revenue.csv (SPEC §3)." };
        var db = StoreOption.Create();
        var catalog = new Option<FileInfo?>("--catalog") { Description = "A catalog file to use instead of the shipped cloud-crm.json." };
        var markets = new Option<FileInfo?>("--markets") { Description = "A CSV of country,market that replaces the catalog's market table." };
        var lang = Language.Option();
        var problems = ProblemsOption.Create();
        var command = new Command("import", "Import a data folder into the store: all or nothing, idempotent, upsert by natural key.")
        {
            folder, db, catalog, markets, lang, problems,
        };
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(folder).FullName,
            parsed.GetValue(db),
            parsed.GetValue(catalog)?.FullName,
            parsed.GetValue(markets)?.FullName,
            Language.Culture(parsed.GetRequiredValue(lang)),
            output,
            error,
            parsed.GetValue(problems)?.FullName));
        return command;
    }

    public static int Run(string folder, string? db, string? catalogPath, string? marketsPath, CultureInfo culture, TextWriter output, TextWriter error, string? problemsPath = null) =>
        RunAsync(folder, db, catalogPath, marketsPath, culture, output, error, problemsPath).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string folder, string? db, string? catalogPath, string? marketsPath, CultureInfo culture, TextWriter output, TextWriter error, string? problemsPath)
    {
        Language.Use(culture);
        // Before the store is opened: a mistyped folder must not leave an empty store file behind.
        if (!Directory.Exists(folder))
        {
            error.WriteLine(Language.Say(CliTexts.Folder_Missing, folder));
            return ExitCodes.BadInput;
        }

        await using var opened = await StoreProgram.OpenAsync(db, catalogPath, marketsPath, error);
        if (opened.Program is not { } program)
        {
            return opened.ExitCode;
        }

        var started = TimeProvider.System.GetTimestamp();
        ImportOutcome outcome;
        await using (var everyProblem = ProblemsOption.Open(problemsPath))
        {
            outcome = await ProgressView.RunAsync(error, "import", progress => DropImport.RunAsync(program, folder, progress, everyProblem));
        }

        if (!outcome.Written)
        {
            return EvaluateCommand.Reject(outcome.Problems, error, problemsPath);
        }

        var elapsed = TimeProvider.System.GetElapsedTime(started);
        output.WriteLine(Language.Say(CliTexts.Import_Done, folder, opened.Location!.Display, outcome.CatalogVersion));
        // Plain aligned columns rather than a drawn table: operators grep and diff these counts between drops.
        output.WriteLine(string.Format(culture, "{0,-12} {1,10} {2,10} {3,10}", CliTexts.Column_Table, CliTexts.Column_Added, CliTexts.Column_Changed, CliTexts.Column_Unchanged));
        foreach (var count in outcome.Counts)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count.Table,-12} {count.Added,10} {count.Changed,10} {count.Unchanged,10}"));
        }

        var rows = outcome.Counts.Where(count => count.Table != "customers").Sum(count => count.Added + count.Changed + count.Unchanged);
        output.WriteLine(Language.Say(
            CliTexts.Import_Summary,
            outcome.Counts.Sum(count => count.Added),
            outcome.Counts.Sum(count => count.Changed),
            outcome.Counts.Sum(count => count.Unchanged),
            rows,
            elapsed.TotalSeconds,
            rows / Math.Max(elapsed.TotalSeconds, 0.001)));
        return ExitCodes.Success;
    }
}
