using Attain.Core.Explanation;
using Attain.Core.Membership;
using Attain.Core.Model;
using Attain.Program;
using Attain.Program.Evaluation;
using Attain.Program.Membership;
using Attain.Web.Membership;
using Attain.Web.Resources;

namespace Attain.Web.Pages;

/// <summary>
/// The dashboard's membership part (SPEC §6), from the read model of the stored evaluation: the approval queue with its
/// one-click approve and defer forms, the reminders with their counts, and the held levels at risk at their anniversary,
/// all under one level and market filter.
/// </summary>
public sealed record MembershipBoard(
    MembershipPage Queue,
    MembershipPage Reminders,
    MembershipPage AtRisk,
    string? Level,
    string? Market,
    IReadOnlyList<string> Levels,
    EvaluationExplainer Explainer,
    string? FilterError)
{
    public const int ListSize = 50;

    public static async Task<MembershipBoard> LoadAsync(AttainProgram program, StoredEvaluation stored, EvaluationExplainer explainer, string? level, string? market, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(program);
        string[] levels = [.. program.Catalog.Latest.Levels.Select(known => known.Id.Value)];
        if (!MembershipQueryValues.TryParse(levels, level, market, kind: null, page: null, pageSize: ListSize.ToString(System.Globalization.CultureInfo.InvariantCulture), out var query, out var error))
        {
            query = new MembershipQuery(PageSize: ListSize);
        }

        var queue = await MembershipLists.ApprovalQueueAsync(program.Db, stored, query, cancellationToken);
        var reminders = await MembershipLists.RemindersAsync(program.Db, stored, query, cancellationToken);
        var atRisk = await MembershipLists.AtRiskAsync(program.Db, stored, query, cancellationToken);
        return new MembershipBoard(queue, reminders, atRisk, query.Level, market is { Length: > 0 } && error is null ? market : null, levels, explainer, error);
    }

    public string LevelName(string level) => level == Core.Serialization.LevelNames.None ? Explainer.LevelName(null) : Explainer.LevelName(new LevelId(level));

    public static string Date(string isoDate) => IsoDate.TryParse(isoDate, out var day) ? Localized.Date(day) : isoDate;

    public static string ReminderText(string kind) =>
        ReminderNames.TryParse(kind, out var known)
            ? known switch
            {
                ReminderKind.AnniversaryAhead => WebTexts.Reminder_AnniversaryAhead,
                ReminderKind.RenewalWindowOpen => WebTexts.Reminder_RenewalWindowOpen,
                ReminderKind.RenewalSecondReminder => WebTexts.Reminder_RenewalSecondReminder,
                ReminderKind.DemotionPending => WebTexts.Reminder_DemotionPending,
                ReminderKind.OverrideExpiring => WebTexts.Reminder_OverrideExpiring,
                _ => kind,
            }
            : kind;

    /// <summary>The reason a one-click approval records: the window that closed without a renewal.</summary>
    public static string ApproveReason(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Localized.Format(WebTexts.Queue_ApproveReason, entry.WindowCloses ?? entry.PendingDemotion?.DueSince ?? string.Empty);
    }
}
