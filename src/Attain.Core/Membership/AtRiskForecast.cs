using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>
/// SPEC §6, at risk: the partner's facts as known on the membership's as-of day D, projected to the anniversary with no
/// new revenue (months from D's month on count as zero), no new exam passes and no new individuals, but with the
/// departures already recorded (associated_to) and the rules in force on the anniversary (exams whose acceptance ends).
/// </summary>
public static class AtRiskForecast
{
    public static AtRisk? Assess(PartnerMembership membership, PartnerFacts facts, Func<DateOnly, CompetencyCatalog> catalogInForceOn)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(catalogInForceOn);

        // A pending demotion is past "at risk": the level has already lapsed.
        if (membership.BaseLevel is not { } held || membership.Anniversary is not { } anniversary || membership.PendingDemotion is not null)
        {
            return null;
        }

        var today = membership.AsOf;
        var projectedOn = anniversary > today ? anniversary : today;
        var catalog = catalogInForceOn(projectedOn);
        var projection = CompetencyEvaluator.Evaluate(catalog, KnownOn(facts, today), projectedOn);
        var ladder = catalog.Levels.Select(level => level.Id).ToList();
        var projectedRank = projection.Level is { } projected ? ladder.IndexOf(projected) : -1;
        if (projectedRank >= ladder.IndexOf(held))
        {
            return null;
        }

        var departures = facts.Individuals
            .Where(individual => individual.IsAssociatedOn(today) && individual.Association.To is { } leaves && leaves <= projectedOn)
            .OrderBy(individual => individual.Association.To)
            .ToList();
        return new AtRisk(held, projectedOn, projection.Level, projection, departures);
    }

    /// <summary>The facts as of <paramref name="today"/>: nothing reported or passed later, nobody who joins later.</summary>
    public static PartnerFacts KnownOn(PartnerFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var currentMonth = Month.Of(today);
        return facts with
        {
            Revenue = facts.Revenue.Where(revenue => revenue.Month < currentMonth).ToList(),
            Individuals = facts.Individuals
                .Where(individual => individual.Association.From is not { } from || from <= today)
                .Select(individual => individual with { Passes = individual.Passes.Where(pass => pass.PassedOn <= today).ToList() })
                .ToList(),
        };
    }
}
