using System.CommandLine;
using System.Globalization;
using Attain.Cli.Evaluate;
using Attain.Cli.Output;
using Attain.Core.Model;
using Attain.Data;
using Attain.Data.Store;
using Attain.Program.History;
using Spectre.Console;

namespace Attain.Cli.History;

/// <summary>
/// `attain history &lt;partner&gt; [--db …] [--lang en|ja]`: the partner's levels over time from its snapshots, and
/// between each snapshot and the one before it, which requirement flipped and the figures that made it flip.
/// </summary>
public static class HistoryCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var partner = new Argument<string>("partner") { Description = "The partner id." };
        var db = StoreOption.Create();
        var lang = Language.Option();
        var command = new Command("history", "Show a partner's levels over time, and what changed between snapshots.") { partner, db, lang };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(partner), parsed.GetValue(db), Language.Culture(parsed.GetRequiredValue(lang)), output, error));
        return command;
    }

    public static int Run(string partner, string? db, CultureInfo culture, TextWriter output, TextWriter error) =>
        RunAsync(partner, db, culture, output, error).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string partner, string? db, CultureInfo culture, TextWriter output, TextWriter error)
    {
        Language.Use(culture);
        // Names of levels and requirements come from the shipped catalog; an id it no longer has is shown as it is.
        await using var opened = await StoreProgram.OpenAsync(db, null, null, error);
        if (opened.Program is not { } program)
        {
            return opened.ExitCode;
        }

        var history = await PartnerHistory.LoadAsync(program.Db, partner);
        if (history is null)
        {
            error.WriteLine(Language.Say(CliTexts.History_UnknownPartner, partner, opened.Location!.Display));
            return ExitCodes.BadInput;
        }

        var report = new ReportContext(program.Catalog, culture, output);
        if (history.Count == 0)
        {
            report.Console.WriteLine(Language.Say(CliTexts.History_Empty, partner));
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .Title(TerminalText.Markup(Language.Say(CliTexts.History_Title, partner, history.Count)))
            .AddColumn(new TableColumn(CliTexts.Column_Snapshot).RightAligned())
            .AddColumn(CliTexts.Column_AsOf)
            .AddColumn(CliTexts.Column_Catalog)
            .AddColumn(CliTexts.Column_Level)
            .AddColumn(new TableColumn(CliTexts.Column_TtmRevenue).RightAligned())
            .AddColumn(CliTexts.Column_Changes)
            .AddColumn(CliTexts.Column_Inputs)
            .AddColumn(CliTexts.Column_EvaluatedAt)
            .AddColumn(CliTexts.Column_Drop);
        foreach (var entry in history)
        {
            table.AddRow(
                entry.SnapshotId.ToString(culture),
                Date(entry.AsOf, culture),
                TerminalText.Markup($"v{entry.CatalogVersion} ({entry.RulesVersion ?? entry.CatalogLabel})"),
                IsKnown(entry.Level, report) ? LevelBadge.Markup(LevelOf(entry.Level), report) : TerminalText.Markup(entry.Level),
                TerminalText.Markup(report.Explainer.Money(new Usd(entry.TtmRevenueUsd))),
                string.Join(Environment.NewLine, Changes(entry, report).Select(TerminalText.Markup)),
                TerminalText.Markup(entry.InputDigest[..12]),
                TerminalText.Markup(entry.EvaluatedAtUtc.ToString("yyyy-MM-dd HH:mm:ss", culture)),
                TerminalText.Markup(entry.Drop?.Name ?? "—"));
        }

        report.Console.Write(table);
        return ExitCodes.Success;
    }

    private static IEnumerable<string> Changes(HistoryEntry entry, ReportContext report)
    {
        var culture = report.Culture;
        if (entry.LevelChanged)
        {
            yield return Language.Say(CliTexts.Change_Level, LevelName(entry.PreviousLevel!, report), LevelName(entry.Level, report));
        }

        foreach (var change in entry.Changes)
        {
            yield return Language.Say(
                CliTexts.Change_Requirement,
                LevelName(change.Level, report),
                RequirementName(change, report),
                Met(change.WasMet),
                Met(change.IsMet),
                Figure(change.Before, report),
                Figure(change.After, report));
        }

        if (entry.CatalogChanged)
        {
            yield return Language.Say(CliTexts.Change_Catalog, entry.PreviousCatalogVersion, entry.CatalogVersion);
        }

        // Issue 13: say whether a flip came from the rules or from the partner's data.
        switch (entry.Cause)
        {
            case FlipCause.Rules:
                yield return Language.Say(CliTexts.Change_Cause_Rules, entry.PreviousRulesVersion ?? "?", entry.RulesVersion ?? "?");
                break;
            case FlipCause.RulesAndData:
                yield return Language.Say(CliTexts.Change_Cause_RulesAndData, entry.PreviousRulesVersion ?? "?", entry.RulesVersion ?? "?");
                break;
            case FlipCause.Data:
                yield return CliTexts.Change_Cause_Data;
                break;
            case FlipCause.Date:
                yield return CliTexts.Change_Cause_Date;
                break;
        }
    }

    private static LevelId? LevelOf(string level) => level == Core.Serialization.LevelNames.None ? null : new LevelId(level);

    /// <summary>A level of the shipped catalog, or none; a level of an older catalog that this one lacks is not.</summary>
    private static bool IsKnown(string level, ReportContext report) =>
        LevelOf(level) is not { } id || report.Catalog.Latest.Levels.Any(known => known.Id == id);

    private static string LevelName(string level, ReportContext report) =>
        IsKnown(level, report) ? report.Explainer.LevelName(LevelOf(level)) : level;

    private static string RequirementName(RequirementChange change, ReportContext report) =>
        report.Catalog.Latest.Levels
            .Where(level => level.Id.Value == change.Level)
            .SelectMany(level => level.Requirements)
            .FirstOrDefault(requirement => requirement.Id == change.RequirementId)?.Description.In(report.Culture)
        ?? change.RequirementId;

    private static string Figure(RequirementFigure figure, ReportContext report) => figure switch
    {
        { FoundUsd: { } found, RequiredUsd: { } required } =>
            Language.Say(CliTexts.Figure_Revenue, report.Explainer.Money(new Usd(found)), report.Explainer.Money(new Usd(required))),
        { IndividualsFound: { } found, IndividualsRequired: { } required } => Language.Say(CliTexts.Figure_Exams, found, required),
        _ => string.Empty,
    };

    private static string Met(bool met) => met ? CliTexts.Met : CliTexts.NotMet;

    private static string Date(DateOnly date, CultureInfo culture) => date.ToString("yyyy-MM-dd", culture);
}
