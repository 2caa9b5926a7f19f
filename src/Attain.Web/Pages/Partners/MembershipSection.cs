using Attain.Core.Explanation;
using Attain.Core.Membership;
using Attain.Program.Membership;

namespace Attain.Web.Pages.Partners;

/// <summary>
/// The partner page's membership section (SPEC §6), in the page's language: the level held since when and until when,
/// the days to the renewal window, at risk with the reason (the held level's checklist lines the projection fails, the
/// departures) and what to do (the plan from the projection), the override in force and a pending demotion. The
/// partner sees all of it; decisions are the operator's (the dashboard), so nothing here acts.
/// </summary>
public sealed record MembershipSection(
    MembershipView View,
    string HeldLevel,
    string QualifyingLevel,
    int? DaysToWindow,
    int? DaysLeftInWindow,
    MembershipSection.RiskView? Risk,
    string? PendingTo)
{
    public PartnerMembership Membership => View.Membership;

    public sealed record RiskView(string ProjectedLevel, IReadOnlyList<string> Failing, IReadOnlyList<string> Plan, string PlanHeading);

    public static MembershipSection Of(MembershipView view, EvaluationExplainer explainer)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(explainer);
        var membership = view.Membership;
        var today = membership.AsOf;
        int? toWindow = membership.Window is { } before && today < before.Opens ? before.Opens.DayNumber - today.DayNumber : null;
        int? leftInWindow = membership.Window is { } open && open.Contains(today) ? open.Closes.DayNumber - today.DayNumber : null;
        return new MembershipSection(
            view,
            explainer.LevelName(membership.HeldLevel),
            explainer.LevelName(membership.QualifyingLevel),
            toWindow,
            leftInWindow,
            view.AtRisk is { } risk ? RiskOf(risk, explainer) : null,
            membership.PendingDemotion is { } pending ? explainer.LevelName(pending.To) : null);
    }

    private static RiskView RiskOf(AtRisk risk, EvaluationExplainer explainer)
    {
        var words = explainer.Explain(risk.Projection);
        var index = risk.Projection.Levels.ToList().FindIndex(level => level.Level == risk.Level);
        var failing = index >= 0 && index < words.Levels.Count
            ? words.Levels[index].Items.Where(item => !item.Met).Select(item => item.Text).ToList()
            : [];
        return new RiskView(explainer.LevelName(risk.ProjectedLevel), failing, words.Plan, words.PlanHeading);
    }
}
