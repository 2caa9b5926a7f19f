using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Spectre.Console;

namespace Attain.Cli.Output;

/// <summary>The operator's view: one row per partner with its level, figures, next step and lapse date.</summary>
public static class ProgramTable
{
    public static void Write(IReadOnlyList<PartnerEvaluation> evaluations, ReportContext report)
    {
        var explainer = report.Explainer;
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(CliTexts.Column_Partner)
            .AddColumn(CliTexts.Column_Name)
            .AddColumn(CliTexts.Column_Market)
            .AddColumn(new TableColumn(CliTexts.Column_TtmRevenue).RightAligned())
            .AddColumn(CliTexts.Column_Level)
            .AddColumn(CliTexts.Column_NextStep)
            .AddColumn(CliTexts.Column_LapsesOn);

        foreach (var evaluation in evaluations)
        {
            table.AddRow(
                TerminalText.Markup(evaluation.PartnerId.Value),
                TerminalText.Markup(evaluation.PartnerName),
                TerminalText.Markup($"{evaluation.Country} {explainer.MarketName(evaluation.Market)}"),
                TerminalText.Markup(explainer.Money(evaluation.TtmRevenueUsd)),
                LevelBadge.Markup(evaluation.Level, report),
                TerminalText.Markup(explainer.NextStep(NextStep.Of(evaluation.Plan))),
                evaluation.Lapse is { } lapse ? TerminalText.Markup(lapse.On.ToString("yyyy-MM-dd", report.Culture)) : string.Empty);
        }

        if (evaluations.Count > 0)
        {
            table.Caption(TerminalText.Markup(string.Format(
                report.Culture,
                CliTexts.Caption_AsOf,
                evaluations[0].AsOf.ToString("yyyy-MM-dd", report.Culture),
                evaluations[0].TtmWindow.First,
                evaluations[0].TtmWindow.Last)));
        }

        report.Console.Write(table);
        report.Console.WriteLine(Totals(evaluations, report));
    }

    private static string Totals(IReadOnlyList<PartnerEvaluation> evaluations, ReportContext report)
    {
        var counts = report.Catalog.Latest.Levels
            .Select(level => level.Id)
            .Reverse()
            .Select(level => $"{report.Explainer.LevelName(level)} {evaluations.Count(evaluation => evaluation.Level == level)}")
            .Append($"{report.Explainer.LevelName(null)} {evaluations.Count(evaluation => evaluation.Level is null)}");
        return PluralFormat.Format(report.Culture, CliTexts.Totals, evaluations.Count, string.Join(" · ", counts));
    }
}
