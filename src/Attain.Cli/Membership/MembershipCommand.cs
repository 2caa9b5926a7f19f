using System.CommandLine;
using System.Text.Json;
using Attain.Cli.Evaluate;
using Attain.Cli.Output;
using Attain.Core.Model;
using Attain.Core.Serialization;
using Attain.Data;
using Attain.Data.Folder;
using Attain.Data.Store;
using Attain.Program;
using Attain.Program.Membership;
using nietras.SeparatedValues;
using Spectre.Console;

namespace Attain.Cli.Membership;

/// <summary>
/// `attain membership [--db …] [--as-of D] [--partner ID] [--format table|json|csv] [--lang en|ja]` (SPEC §6): per
/// partner, the level it holds from its evaluations and the operator's decisions, at risk or not, and what is pending.
/// </summary>
public static class MembershipCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var db = StoreOption.Create();
        var asOf = new Option<string?>("--as-of") { Description = "Membership as of this date, YYYY-MM-DD (default: today, UTC): evaluations and decisions up to it." };
        var partner = new Option<string?>("--partner") { Description = "Only this partner." };
        var format = new Option<string>("--format") { Description = "table (for people), json or csv.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var lang = Language.Option();
        var command = new Command("membership", "Show the level each partner holds over time: anniversary, renewal, at risk, pending demotion, override.")
        {
            db, asOf, partner, format, lang,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            parsed.GetValue(db), parsed.GetValue(asOf), parsed.GetValue(partner), parsed.GetRequiredValue(format), Language.Culture(parsed.GetRequiredValue(lang)), output, error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? db, string? asOfText, string? partner, string format, System.Globalization.CultureInfo culture, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        Language.Use(culture);
        if (!DateArgument.TryParseAsOf(asOfText, error, out var asOf))
        {
            return ExitCodes.BadInput;
        }

        await using var opened = await StoreProgram.OpenAsync(db, null, null, error, cancellationToken);
        if (opened.Program is not { } program)
        {
            return opened.ExitCode;
        }

        PartnerId? only = partner is { } id ? new PartnerId(id) : null;
        if (only is { } wanted && await program.Db.Partners.FindAsync([wanted.Value], cancellationToken) is null)
        {
            error.WriteLine(Language.Say(CliTexts.Partner_NotInStore, wanted, opened.Location!.Display));
            return ExitCodes.BadInput;
        }

        var views = PartnerMemberships.ReadAsync(program, asOf, only, cancellationToken);
        switch (format)
        {
            case "json":
                await WriteJsonAsync(views, output, cancellationToken);
                break;
            case "csv":
                await WriteCsvAsync(views, output, cancellationToken);
                break;
            default:
                await MembershipTable.WriteAsync(views, new ReportContext(program.Catalog, culture, output), cancellationToken);
                break;
        }

        return ExitCodes.Success;
    }

    private static async Task WriteJsonAsync(IAsyncEnumerable<MembershipView> views, TextWriter output, CancellationToken cancellationToken)
    {
        output.Write('[');
        var first = true;
        await foreach (var view in views.WithCancellation(cancellationToken))
        {
            output.Write(first ? "\n" : ",\n");
            output.Write(JsonSerializer.Serialize(MembershipDocument.Of(view), AttainJson.Options));
            first = false;
        }

        output.WriteLine(first ? "]" : "\n]");
    }

    private static async Task WriteCsvAsync(IAsyncEnumerable<MembershipView> views, TextWriter output, CancellationToken cancellationToken)
    {
        // Text cells through CsvCell.Text (issue #9: formula neutralisation); dates and flags are Attain's own.
        using var writer = Sep.New(',').Writer(options => options with { Escape = false }).To(output, leaveOpen: true);
        await foreach (var view in views.WithCancellation(cancellationToken))
        {
            var document = MembershipDocument.Of(view);
            await using var row = writer.NewRow(cancellationToken);
            row["partner_id"].Set(CsvCell.Text(document.PartnerId));
            row["name"].Set(CsvCell.Text(document.Name));
            row["as_of"].Set(document.AsOf);
            row["held_level"].Set(CsvCell.Text(document.HeldLevel));
            row["attained_on"].Set(document.AttainedOn ?? string.Empty);
            row["anniversary"].Set(document.Anniversary ?? string.Empty);
            row["qualifying_level"].Set(CsvCell.Text(document.QualifyingLevel ?? string.Empty));
            row["at_risk"].Set(document.AtRisk ? "true" : "false");
            row["pending_demotion_to"].Set(CsvCell.Text(document.PendingDemotion?.To ?? string.Empty));
            row["pending_since"].Set(document.PendingDemotion?.DueSince ?? string.Empty);
            row["override_level"].Set(CsvCell.Text(document.Override?.Level ?? string.Empty));
            row["override_until"].Set(document.Override?.Until ?? string.Empty);
            row["reminders"].Set(CsvCell.Text(string.Join(' ', document.Reminders.Select(reminder => reminder.Kind))));
        }
    }
}
