using Attain.Core.Evaluation;
using Attain.Core.Planning;

namespace Attain.Core.Explanation;

/// <summary>A lapse's outlook in words (issue 11); the keep plan is worded as the plan to the next level is.</summary>
public sealed partial class EvaluationExplainer
{
    public LapseWords? Outlook(PartnerEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        if (evaluation.Lapse is not { Cause: { } cause, KeepPlan: { } keep } lapse)
        {
            return null;
        }

        var held = LevelName(lapse.Level);
        var daysLeft = lapse.On.DayNumber - evaluation.AsOf.DayNumber;
        var near = daysLeft > LapseWarning.Days ? null
            : daysLeft == 1 ? Say(nameof(Texts.Outlook_NearTomorrow), held, Date(lapse.On))
            : Say(nameof(Texts.Outlook_Near), held, Date(lapse.On), daysLeft);

        var causes = new List<string>();
        causes.AddRange(cause.Departures.Select(departure => Say(nameof(Texts.Outlook_Departure), departure.Name, departure.Individual, Date(departure.LeavesOn))));
        causes.AddRange(cause.AcceptanceEnds.Select(end => Say(nameof(Texts.Outlook_AcceptanceEnd), end.Name, end.Individual, end.Exam, Date(end.AcceptedUntil))));
        if (cause.Revenue is { } revenue)
        {
            causes.Add(Say(nameof(Texts.Outlook_Revenue), revenue.Months.First, revenue.Months.Last, Money(revenue.Amount), Date(lapse.On), Money(revenue.TtmOnLapse), Money(revenue.Threshold)));
        }

        var after = lapse.LevelAfter is { } lower
            ? Say(nameof(Texts.Outlook_After), Date(lapse.On), LevelName(lower))
            : Say(nameof(Texts.Outlook_AfterNone), Date(lapse.On));
        var rulesThen = catalog.InForceOn(keep.By);
        var words = new RequirementWording(this, rulesThen, evaluation, culture);
        var steps = keep.Steps.SelectMany(step => Requirement(rulesThen, lapse.Level, step.RequirementId).DescribePlan(step, words)).ToList();
        var toHold = lapse.RevenueToHold is { } hold
            ? Say(nameof(Texts.Outlook_RevenueToHold), held, Money(hold.PerMonth), hold.From, hold.Through, Money(hold.Threshold))
            : null;
        return new LapseWords(near, causes, after, Say(nameof(Texts.Outlook_Keep), held, Date(keep.By)), steps, toHold);
    }
}
