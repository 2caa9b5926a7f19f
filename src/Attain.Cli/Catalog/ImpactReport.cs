using System.Globalization;
using System.Text.Json;
using Attain.Cli.Output;
using Attain.Core.Serialization;
using Attain.Program.Impact;
using Spectre.Console;

namespace Attain.Cli.Catalog;

/// <summary>The partners a proposed catalog would move, as a table for people (with counts per transition) or JSON.</summary>
public sealed record ImpactReport(ImpactResult Result)
{
    /// <summary>SPEC §5: an array sorted by partnerId of {partnerId, fromLevel, toLevel, reasons}, levels as in SPEC §4.</summary>
    public void WriteJson(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(Result.Changes.Select(change => new
        {
            partnerId = change.PartnerId,
            fromLevel = change.Transition.FromKey,
            toLevel = change.Transition.ToKey,
            reasons = change.Reasons,
        }), AttainJson.Options));
    }

    public void WriteTable(ReportContext report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var console = report.Console;
        var changes = Result.Changes;
        console.MarkupLine(Markup.Escape(Language.Say(CliTexts.Impact_Heading, Date(Result.AsOf), Date(Result.VersionInForce), Date(Result.VersionProposed), Result.Evaluated, changes.Count)));
        if (changes.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(CliTexts.Column_Partner)
            .AddColumn(CliTexts.Column_Impact_From)
            .AddColumn(CliTexts.Column_Impact_To)
            .AddColumn(CliTexts.Column_Impact_Reasons);
        foreach (var change in changes)
        {
            table.AddRow(
                TerminalText.Markup(change.PartnerId.Value),
                Markup.Escape(report.Explainer.LevelName(change.FromLevel)),
                Markup.Escape(report.Explainer.LevelName(change.ToLevel)),
                Markup.Escape(string.Join(Environment.NewLine, change.Reasons.Select(reason => Language.Say(
                    CliTexts.Impact_Reason,
                    report.Explainer.LevelName(reason.Level),
                    reason.RequirementId,
                    reason.WasMet ? CliTexts.Met : CliTexts.NotMet,
                    reason.IsMet ? CliTexts.Met : CliTexts.NotMet)))));
        }

        console.Write(table);

        // Counts per transition (SPEC §5: "Gold → Silver: 12"), the largest first.
        foreach (var count in Result.Transitions())
        {
            console.MarkupLine(Markup.Escape($"{report.Explainer.LevelName(count.Transition.From)} → {report.Explainer.LevelName(count.Transition.To)}: {count.Partners.ToString(report.Culture)}"));
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
