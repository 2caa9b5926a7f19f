using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Planning;

/// <summary>
/// Turns a lapse date into what a person can act on (issue 11): the cause (who leaves when, which passes stop counting,
/// which revenue months roll out of the window), the level the partner falls to, the cheapest way to keep the level (the
/// next-level planner aimed at the held level on the lapse date), the revenue a month that holds it for a year, and the
/// TTM figure month by month to the lapse date. Pure, like the engine; a held level is forecast this way in every host.
/// </summary>
public static class LapseOutlook
{
    public static Lapse Complete(VersionedCatalog catalog, PartnerFacts facts, PartnerEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(evaluation);
        if (evaluation.Lapse is not { } lapse)
        {
            throw new ArgumentException("Only an evaluation with a lapse has an outlook.", nameof(evaluation));
        }

        // On the lapse date, with nothing new (no later pass, revenue or individual), under the rules in force then.
        var on = lapse.On;
        var rules = catalog.InForceOn(on);
        var quiet = LapseAcrossVersions.NothingNewAfter(facts, evaluation.AsOf);
        var then = new EvaluationContext(rules, quiet, on);
        LevelId? levelAfter = null;
        Dictionary<string, RequirementOutcome>? heldThen = null;
        foreach (var level in rules.Levels)
        {
            var outcomes = level.Requirements.Select(requirement => requirement.Evaluate(then)).ToList();
            levelAfter = outcomes.All(outcome => outcome.Met) ? level.Id : levelAfter;
            if (level.Id == lapse.Level)
            {
                heldThen = outcomes.ToDictionary(outcome => outcome.RequirementId);
            }
        }

        return lapse with
        {
            Cause = CauseOf(evaluation, lapse, rules, heldThen ?? []),
            LevelAfter = levelAfter,
            KeepPlan = KeepPlanOf(rules, quiet, lapse),
            RevenueToHold = RevenueToHoldOf(evaluation, lapse.Level),
            Projection = ProjectionTo(evaluation, on),
        };
    }

    // The requirements that lapse on the lapse date say which facts are the cause: people and passes for exam slots,
    // the months leaving the window for revenue.
    private static LapseCause CauseOf(PartnerEvaluation evaluation, Lapse lapse, CompetencyCatalog rules, Dictionary<string, RequirementOutcome> heldThen)
    {
        var lapsing = lapse.Requirements.Where(requirement => requirement.On == lapse.On)
            .Select(requirement => heldThen.GetValueOrDefault(requirement.RequirementId))
            .OfType<RequirementOutcome>()
            .Where(outcome => !outcome.Met)
            .ToList();
        var people = lapsing.Any(outcome => outcome is ExamSlotsOutcome);
        var departures = people
            ? evaluation.Individuals
                .Where(individual => individual.AssociatedUntil is { } to && to <= lapse.On)
                .Select(individual => new Departure(individual.Id, individual.Name, individual.AssociatedUntil!.Value))
                .OrderBy(departure => departure.LeavesOn).ThenBy(departure => departure.Individual)
                .ToList()
            : [];
        var acceptanceEnds = people
            ? [.. from individual in evaluation.Individuals
                  where individual.AssociatedUntil is not { } to || to > lapse.On
                  from exam in individual.Exams
                  let until = AcceptedUntil(rules, exam)
                  where until is { } last && last >= evaluation.AsOf && last < lapse.On
                  orderby until, individual.Id
                  select new AcceptanceEnd(individual.Id, individual.Name, exam, until!.Value)]
            : new List<AcceptanceEnd>();

        RevenueLeaving? revenue = null;
        if (lapsing.OfType<RevenueOutcome>().OrderByDescending(outcome => outcome.Required).FirstOrDefault() is { } falling)
        {
            var months = Month.Of(lapse.On).MonthsSince(Month.Of(evaluation.AsOf));
            var leaving = evaluation.RevenueByMonth.Take(months).ToList();
            revenue = new RevenueLeaving(
                new MonthRange(evaluation.TtmWindow.First, evaluation.TtmWindow.First.Plus(Math.Max(months, 1) - 1)),
                new Usd(leaving.Sum(figure => figure.Amount.Amount)),
                falling.Found,
                falling.Required);
        }

        return new LapseCause(departures, acceptanceEnds, revenue);
    }

    // The acceptance end that matters is the one of the rules in force on the lapse date.
    private static DateOnly? AcceptedUntil(CompetencyCatalog rules, ExamCode exam) =>
        rules.Exams.TryGetValue(exam, out var known) ? known.AcceptedUntil : null;

    /// <summary>
    /// The plan to meet the held level on the lapse date without anyone who is leaving: the exam planner never offers an
    /// exam retired on that date or being phased out (SPEC §7, issue 13), so no step sends anyone to a retired exam.
    /// </summary>
    private static KeepPlan KeepPlanOf(CompetencyCatalog rules, PartnerFacts quiet, Lapse lapse)
    {
        if (rules.Levels.FirstOrDefault(level => level.Id == lapse.Level) is not { } held)
        {
            return new KeepPlan(lapse.Level, lapse.On, []);
        }

        var context = new EvaluationContext(rules, Staying.Only(quiet, lapse.On), lapse.On);
        var steps = new List<PlanStep>(held.Requirements.Count);
        foreach (var requirement in held.Requirements)
        {
            if (requirement.Plan(context, requirement.Evaluate(context)) is { } step)
            {
                steps.Add(step);
            }
        }

        return new KeepPlan(lapse.Level, lapse.On, steps);
    }

    /// <summary>
    /// The least steady monthly revenue from the as-of month on that keeps the TTM figure at or above the held level's
    /// threshold on each of the next twelve firsts of the month: on the j-th, j new months have joined the window and the
    /// window's first j months have left it, so the amount must be at least (threshold − what remains) / j.
    /// </summary>
    private static RevenueToHold? RevenueToHoldOf(PartnerEvaluation evaluation, LevelId held)
    {
        if (evaluation.Levels.FirstOrDefault(level => level.Level == held)?.Requirements.OfType<RevenueOutcome>().OrderByDescending(outcome => outcome.Required).FirstOrDefault() is not { } revenue)
        {
            return null;
        }

        var months = evaluation.RevenueByMonth.Select(figure => figure.Amount.Amount).ToArray();
        var remaining = months.Sum();
        var perMonth = 0m;
        for (var ahead = 1; ahead <= months.Length; ahead++)
        {
            remaining -= months[ahead - 1];
            perMonth = Math.Max(perMonth, (revenue.Required.Amount - remaining) / ahead);
        }

        var from = Month.Of(evaluation.AsOf);
        return new RevenueToHold(revenue.Required, new Usd(Math.Ceiling(perMonth * 100m) / 100m), from, from.Plus(months.Length - 1));
    }

    /// <summary>SPEC §2's lapse arithmetic, month by month: on the j-th first of the month ahead, the window's months from the j-th on remain.</summary>
    public static IReadOnlyList<TtmPoint> ProjectionTo(PartnerEvaluation evaluation, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var months = evaluation.RevenueByMonth;
        var current = Month.Of(evaluation.AsOf);
        var points = new List<TtmPoint>(months.Count);
        var remaining = months.Sum(figure => figure.Amount.Amount);
        for (var ahead = 1; ahead <= months.Count; ahead++)
        {
            remaining -= months[ahead - 1].Amount.Amount;
            var day = current.Plus(ahead).FirstDay;
            points.Add(new TtmPoint(day, new Usd(remaining)));
            if (day >= until)
            {
                break;
            }
        }

        return points;
    }
}
