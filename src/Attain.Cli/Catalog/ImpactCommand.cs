using System.CommandLine;
using Attain.Cli.Evaluate;
using Attain.Data;
using Attain.Data.Store;
using Attain.Program.Impact;

namespace Attain.Cli.Catalog;

/// <summary>
/// `attain catalog impact &lt;catalog-file&gt;` (SPEC §5): every stored partner evaluated on D under the version in force
/// and under the proposed file's latest version; the partners whose level would change, with the requirements that flip.
/// The work is <see cref="CatalogImpact"/>, which the web app calls too; this host parses, calls and renders.
/// </summary>
public static class ImpactCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("catalog-file") { Description = "The proposed catalog (JSON, the format of catalog/cloud-crm.json)." };
        var asOf = new Option<string?>("--as-of") { Description = "Compare as of this date, YYYY-MM-DD (default: today, UTC)." };
        var format = new Option<string>("--format") { Description = "table (for people), json or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var lang = Language.Option();
        var current = new Option<FileInfo?>("--catalog") { Description = "The catalog in force (default: the shipped cloud-crm.json)." };
        var markets = new Option<FileInfo?>("--markets") { Description = "A CSV of country,market that replaces both catalogs' market tables." };
        var db = StoreOption.Create();

        var command = new Command("impact", "Show which stored partners would change level under a proposed catalog, and why. Stores nothing.")
        {
            file, asOf, format, lang, current, markets, db,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            new ImpactRequest(
                parsed.GetRequiredValue(file).FullName,
                parsed.GetValue(asOf),
                parsed.GetRequiredValue(format),
                Language.Culture(parsed.GetRequiredValue(lang)),
                parsed.GetValue(current)?.FullName,
                parsed.GetValue(markets)?.FullName,
                parsed.GetValue(db)),
            output,
            error,
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ImpactRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Language.Use(request.Culture);
        if (!DateArgument.TryParseAsOf(request.AsOf, error, out var asOf))
        {
            return ExitCodes.BadInput;
        }

        var inForce = CatalogFile.Load(request.CatalogPath, request.MarketsPath);
        if (!inForce.IsValid)
        {
            return EvaluateCommand.Reject(inForce.Problems, error);
        }

        // The proposal is read like any catalog: a bad one is bad input with every problem, and nothing is opened.
        var proposed = CatalogFile.Load(request.ProposedPath, request.MarketsPath);
        if (!proposed.IsValid)
        {
            return EvaluateCommand.Reject(proposed.Problems, error);
        }

        var location = StoreLocation.Resolve(request.Db);
        await using var db = await location.OpenAsync(cancellationToken);
        var unusable = await CatalogImpact.ProblemsAsync(db, proposed.Value!, Path.GetFileName(request.ProposedPath), cancellationToken);
        if (unusable.Count > 0)
        {
            return EvaluateCommand.Reject(unusable, error);
        }

        var result = await CatalogImpact.RunAsync(db, inForce.Value!, proposed.Value!, asOf, cancellationToken: cancellationToken);
        var report = new ImpactReport(result);
        switch (request.Format)
        {
            case "json":
                report.WriteJson(output);
                break;
            case "csv":
                ImpactCsv.Write(result.Changes, output);
                break;
            default:
                report.WriteTable(new Output.ReportContext(inForce.Value!, request.Culture, output));
                break;
        }

        return ExitCodes.Success;
    }
}
