using System.Globalization;
using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Spectre.Console;

namespace Attain.Cli.Output;

/// <summary>
/// The competency manager's view of one partner: where it stands, each level's checklist, who counts with
/// which exams, revenue by month, the plan to the next level and when the held level would lapse.
/// </summary>
public static class PartnerChecklist
{
    public static void Write(PartnerEvaluation evaluation, ReportContext report)
    {
        var console = report.Console;
        var explanation = report.Explainer.Explain(evaluation);

        console.Write(new Rule($"[bold]{TerminalText.Markup(evaluation.PartnerName)}[/] ({TerminalText.Markup(evaluation.PartnerId.Value)})").LeftJustified());
        console.MarkupLine($"{LevelBadge.Markup(evaluation.Level, report)}  {TerminalText.Markup(explanation.Headline)}");
        console.MarkupLine(TerminalText.Markup($"{evaluation.Country} · {report.Explainer.MarketName(evaluation.Market)} · {explanation.Window} · {report.Explainer.Money(evaluation.TtmRevenueUsd)} · {explanation.Rules}"));
        console.WriteLine();

        foreach (var level in explanation.Levels)
        {
            console.Write(LevelTable(level));
        }

        console.Write(IndividualsTable(evaluation, report));
        console.Write(RevenueTable(evaluation, report));

        console.MarkupLine($"[bold]{TerminalText.Markup(explanation.PlanHeading)}[/]");
        foreach (var line in explanation.Plan)
        {
            console.MarkupLine($"  • {TerminalText.Markup(line)}");
        }

        if (explanation.Lapse is { } lapse)
        {
            console.WriteLine();
            console.MarkupLine(evaluation.Lapse is null ? TerminalText.Markup(lapse) : $"[yellow]⚠ {TerminalText.Markup(lapse)}[/]");
        }

        if (explanation.Outlook is { } outlook)
        {
            WriteOutlook(outlook, console);
        }
    }

    /// <summary>Issue 11: why the level lapses, what follows and the cheapest way to keep it.</summary>
    private static void WriteOutlook(LapseWords outlook, IAnsiConsole console)
    {
        if (outlook.Near is { } near)
        {
            console.MarkupLine($"[bold yellow]{TerminalText.Markup(near)}[/]");
        }

        foreach (var cause in outlook.Causes)
        {
            console.MarkupLine($"  • {TerminalText.Markup(cause)}");
        }

        console.MarkupLine($"  {TerminalText.Markup(outlook.After)}");
        if (outlook.Keep.Count > 0)
        {
            console.MarkupLine($"[bold]{TerminalText.Markup(outlook.KeepHeading)}[/]");
            foreach (var step in outlook.Keep)
            {
                console.MarkupLine($"  • {TerminalText.Markup(step)}");
            }
        }

        if (outlook.RevenueToHold is { } hold)
        {
            console.MarkupLine(TerminalText.Markup(hold));
        }
    }

    private static Table LevelTable(LevelChecklist level)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]{TerminalText.Markup(level.Level)}[/] — {Status(level.Met)}")
            .AddColumn(string.Empty)
            .AddColumn(CliTexts.Column_Requirement)
            .AddColumn(CliTexts.Column_Detail);
        foreach (var item in level.Items)
        {
            var indent = new string(' ', item.Depth * 2);
            table.AddRow(Mark(item.Met), TerminalText.Markup(indent + item.Text), TerminalText.Markup(item.Detail ?? string.Empty));
        }

        return table;
    }

    private static Table IndividualsTable(PartnerEvaluation evaluation, ReportContext report)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title(CliTexts.Title_Individuals)
            .AddColumn(CliTexts.Column_Individual)
            .AddColumn(CliTexts.Column_Name)
            .AddColumn(CliTexts.Column_Exams);
        foreach (var individual in evaluation.Individuals)
        {
            table.AddRow(
                TerminalText.Markup(individual.Id.Value),
                TerminalText.Markup(individual.Name),
                TerminalText.Markup(string.Join(", ", individual.Exams.Select(exam => report.Explainer.ExamLabel(evaluation, exam)))));
        }

        return table;
    }

    private static Table RevenueTable(PartnerEvaluation evaluation, ReportContext report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(CliTexts.Title_Revenue);
        foreach (var figure in evaluation.RevenueByMonth)
        {
            table.AddColumn(new TableColumn(figure.Month.ToString()).RightAligned());
        }

        table.AddRow(evaluation.RevenueByMonth
            .Select(figure => TerminalText.Markup(figure.Amount.Amount.ToString("#,##0", report.Culture)))
            .ToArray());
        return table;
    }

    private static string Mark(bool met) => met ? "[green]✔[/]" : "[red]✘[/]";

    private static string Status(bool met) =>
        met ? $"[green]{TerminalText.Markup(CliTexts.Met)}[/]" : $"[red]{TerminalText.Markup(CliTexts.NotMet)}[/]";
}
