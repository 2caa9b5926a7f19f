using System.Globalization;
using System.Text.Json;
using Attain.Cli.Output;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Serialization;
using nietras.SeparatedValues;
using Spectre.Console;

namespace Attain.Cli.Catalog;

/// <summary>The partners a proposed catalog would move, as a table for people (with counts per transition), JSON or CSV.</summary>
public sealed record ImpactReport(IReadOnlyList<LevelChange> Changes, long Evaluated, DateOnly AsOf, DateOnly VersionInForce, DateOnly VersionProposed)
{
    /// <summary>SPEC §5: an array sorted by partnerId of {partnerId, fromLevel, toLevel, reasons}, levels as in SPEC §4.</summary>
    public static void WriteJson(IReadOnlyList<LevelChange> changes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(changes.Select(change => new
        {
            partnerId = change.PartnerId,
            fromLevel = Level(change.FromLevel),
            toLevel = Level(change.ToLevel),
            reasons = change.Reasons,
        }), AttainJson.Options));
    }

    /// <summary>One row per partner; the flipping requirements as "level/requirement: met→not met" in one cell, language-neutral.</summary>
    public static void WriteCsv(IReadOnlyList<LevelChange> changes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (changes.Count == 0)
        {
            // The writer writes its header with the first row: with no change, the header alone says "nobody".
            output.WriteLine("partner_id,from_level,to_level,reasons");
            return;
        }

        using var writer = Sep.New(',').Writer(options => options with { Escape = true }).To(output, leaveOpen: true);
        foreach (var change in changes)
        {
            using var row = writer.NewRow();
            row["partner_id"].Set(change.PartnerId.Value);
            row["from_level"].Set(Level(change.FromLevel));
            row["to_level"].Set(Level(change.ToLevel));
            row["reasons"].Set(string.Join("; ", change.Reasons.Select(reason => $"{reason.Level}/{reason.RequirementId}: {Met(reason.WasMet)}->{Met(reason.IsMet)}")));
        }
    }

    public void WriteTable(ReportContext report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var console = report.Console;
        console.MarkupLine(Markup.Escape(Language.Say(CliTexts.Impact_Heading, Date(AsOf), Date(VersionInForce), Date(VersionProposed), Evaluated, Changes.Count)));
        if (Changes.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(CliTexts.Column_Partner)
            .AddColumn(CliTexts.Column_Impact_From)
            .AddColumn(CliTexts.Column_Impact_To)
            .AddColumn(CliTexts.Column_Impact_Reasons);
        foreach (var change in Changes)
        {
            table.AddRow(
                Markup.Escape(change.PartnerId.Value),
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
        foreach (var transition in Changes.GroupBy(change => (change.FromLevel, change.ToLevel)).OrderByDescending(group => group.Count()).ThenBy(group => group.Key.FromLevel?.Value, StringComparer.Ordinal))
        {
            console.MarkupLine(Markup.Escape($"{report.Explainer.LevelName(transition.Key.FromLevel)} → {report.Explainer.LevelName(transition.Key.ToLevel)}: {transition.Count().ToString(report.Culture)}"));
        }
    }

    private static string Level(LevelId? level) => level?.Value ?? LevelNames.None;

    private static string Met(bool met) => met ? "met" : "not met";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
