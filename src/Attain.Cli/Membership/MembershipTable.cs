using System.Globalization;
using Attain.Cli.Output;
using Attain.Core.Membership;
using Attain.Program.Membership;
using Spectre.Console;

namespace Attain.Cli.Membership;

/// <summary>The membership table for people: one row per partner, in the language of --lang.</summary>
public static class MembershipTable
{
    public static async Task WriteAsync(IAsyncEnumerable<MembershipView> views, ReportContext report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(report);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(CliTexts.Column_Partner)
            .AddColumn(CliTexts.Column_Name)
            .AddColumn(CliTexts.Column_Held)
            .AddColumn(CliTexts.Column_AttainedOn)
            .AddColumn(CliTexts.Column_Anniversary)
            .AddColumn(CliTexts.Column_Qualifies)
            .AddColumn(CliTexts.Column_Status);
        await foreach (var view in views.WithCancellation(cancellationToken))
        {
            var membership = view.Membership;
            table.AddRow(
                TerminalText.Markup(view.PartnerId.Value),
                TerminalText.Markup(view.Name),
                LevelBadge.Markup(membership.HeldLevel, report),
                Date(membership.AttainedOn, report.Culture),
                Date(membership.Anniversary, report.Culture),
                membership.LatestEvaluationOn is null ? string.Empty : LevelBadge.Markup(membership.QualifyingLevel, report),
                TerminalText.Markup(Status(view, report)));
        }

        report.Console.Write(table);
    }

    private static string Status(MembershipView view, ReportContext report)
    {
        var notes = new List<string>();
        var membership = view.Membership;
        if (view.AtRisk is { } risk)
        {
            var leaving = risk.Departures.Select(individual => $"{individual.Name} ({individual.Id}) {individual.Association.To:yyyy-MM-dd}");
            notes.Add(Language.Say(CliTexts.Membership_AtRisk, report.Explainer.LevelName(risk.ProjectedLevel), Date(risk.ProjectedOn, report.Culture))
                + (risk.Departures.Count > 0 ? " " + Language.Say(CliTexts.Membership_Leaving, string.Join(", ", leaving)) : string.Empty));
        }

        if (membership.PendingDemotion is { } pending)
        {
            notes.Add(pending.DeferredUntil is { } deferred
                ? Language.Say(CliTexts.Membership_Deferred, report.Explainer.LevelName(pending.To), Date(deferred, report.Culture))
                : Language.Say(CliTexts.Membership_Pending, report.Explainer.LevelName(pending.To), Date(pending.DueSince, report.Culture)));
        }

        if (membership.Override is { Deferral: false } active)
        {
            notes.Add(Language.Say(CliTexts.Membership_Override, report.Explainer.LevelName(active.Level), Date(active.Until, report.Culture), active.By, active.Reason));
        }

        foreach (var reminder in view.Reminders.Where(reminder => reminder.Kind is ReminderKind.AnniversaryAhead or ReminderKind.RenewalWindowOpen or ReminderKind.RenewalSecondReminder))
        {
            notes.Add(Language.Say(reminder.Kind == ReminderKind.AnniversaryAhead ? CliTexts.Membership_AnniversaryAhead : CliTexts.Membership_WindowOpen, Date(reminder.Date, report.Culture)));
        }

        return string.Join("; ", notes);
    }

    private static string Date(DateOnly? date, CultureInfo culture) => date?.ToString("yyyy-MM-dd", culture) ?? string.Empty;
}
