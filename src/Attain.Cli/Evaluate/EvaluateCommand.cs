using System.CommandLine;
using Attain.Cli.Output;
using Attain.Core;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Data;
using Attain.Data.Folder;

namespace Attain.Cli.Evaluate;

/// <summary>`attain evaluate &lt;folder&gt;`: every partner of a data folder, or one, as of a date (SPEC §4); without a folder, from the store.</summary>
public static class EvaluateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo?>("folder")
        {
            Description = "The program data folder (partners.csv, individuals.csv, exam_passes.csv, dpor.csv, revenue.csv). Without one, partners come from the store (--db).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluate as of this date, YYYY-MM-DD (default: today, UTC)." };
        var format = new Option<string>("--format") { Description = "table (for people), json or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var lang = Language.Option();
        var partner = new Option<string?>("--partner") { Description = "Only this partner, with its full checklist, plan and lapse date." };
        var catalog = new Option<FileInfo?>("--catalog") { Description = "A catalog file to use instead of the shipped cloud-crm.json." };
        var markets = new Option<FileInfo?>("--markets") { Description = "A CSV of country,market that replaces the catalog's market table." };
        var db = StoreOption.Create();
        var all = new Option<bool>("--all") { Description = "From the store: every partner, streamed in batches, with a snapshot stored for each." };
        var reportFile = new Option<FileInfo?>("--out") { Description = "Write the report to this file instead: report.csv or report.json." };
        var problems = ProblemsOption.Create();

        var command = new Command("evaluate", "Evaluate partners from a data folder or the store and print who holds which level.")
        {
            folder, asOf, format, lang, partner, catalog, markets, db, all, reportFile, problems,
        };
        command.SetAction(parsed => Run(
            new EvaluateRequest(
                parsed.GetValue(folder)?.FullName,
                parsed.GetValue(asOf),
                parsed.GetRequiredValue(format),
                Language.Culture(parsed.GetRequiredValue(lang)),
                parsed.GetValue(partner),
                parsed.GetValue(catalog)?.FullName,
                parsed.GetValue(markets)?.FullName,
                parsed.GetValue(db),
                parsed.GetValue(all),
                parsed.GetValue(reportFile)?.FullName,
                parsed.GetValue(problems)?.FullName),
            output,
            error));
        return command;
    }

    public static int Run(EvaluateRequest request, TextWriter output, TextWriter error)
    {
        Language.Use(request.Culture);

        if (!DateArgument.TryParseAsOf(request.AsOf, error, out var asOf))
        {
            return ExitCodes.BadInput;
        }

        var catalog = CatalogFile.Load(request.CatalogPath, request.MarketsPath);
        if (!catalog.IsValid)
        {
            return Reject(catalog.Problems, error);
        }

        if (request.Out is { } outPath && ReportFile.FormatOf(outPath) is null)
        {
            error.WriteLine(Language.Say(CliTexts.Out_Invalid, outPath));
            return ExitCodes.BadInput;
        }

        if (request.Folder is null)
        {
            return StoreEvaluation.RunAsync(request, catalog.Value!, asOf, output, error).GetAwaiter().GetResult();
        }

        if (request.Db is not null)
        {
            error.WriteLine(CliTexts.Db_WithFolder);
            return ExitCodes.BadInput;
        }

        if (!Directory.Exists(request.Folder))
        {
            error.WriteLine(Language.Say(CliTexts.Folder_Missing, request.Folder));
            return ExitCodes.BadInput;
        }

        Validated<ProgramFacts> facts;
        using (var everyProblem = ProblemsOption.Open(request.ProblemsPath))
        {
            facts = DataFolderReader.Read(request.Folder, catalog.Value!, everyProblem);
        }

        if (!facts.IsValid)
        {
            return Reject(facts.Problems, error, request.ProblemsPath);
        }

        var program = facts.Value!;
        if (request.Partner is { } only && !program.Contains(new PartnerId(only)))
        {
            error.WriteLine(Language.Say(CliTexts.Partner_NotInFolder, only));
            return ExitCodes.BadInput;
        }

        var selected = request.Partner is { } id ? [program.FactsOf(new PartnerId(id))] : program.AllFacts();
        var evaluations = selected.Select(partnerFacts => CompetencyEvaluator.Evaluate(catalog.Value!, partnerFacts, asOf));
        ReportSink.WriteAll(evaluations, request.Format, request.Out, request.Partner is not null, catalog.Value!, request.Culture, output);
        return ExitCodes.Success;
    }

    /// <summary>Lists the problems (grouped past 1,000: the reader bounds the list) and, when asked for, where all of them are.</summary>
    internal static int Reject(IReadOnlyList<Problem> problems, TextWriter error, string? everyProblemPath = null)
    {
        foreach (var problem in problems)
        {
            // A problem quotes the value it is about, which may carry terminal control sequences (issue #9).
            error.WriteLine(TerminalText.Safe(problem.ToString()));
        }

        error.WriteLine(Language.Say(CliTexts.Rejected, problems.Count));
        if (everyProblemPath is not null)
        {
            error.WriteLine(Language.Say(CliTexts.Problems_Written, everyProblemPath));
        }

        return ExitCodes.BadInput;
    }
}
