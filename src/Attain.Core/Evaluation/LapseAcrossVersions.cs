using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// The lapse forecast when the catalog already holds a version that takes effect after the as-of date (SPEC §5): the
/// version in force forecasts each requirement up to the next version's effectiveFrom; from then on that version does,
/// judging the same facts with nothing new (no later pass, no later revenue, nobody who joins later). So a Silver held
/// in November 2017 through MB2-709 lapses on 2019-01-01, the day after the December 2017 version stops accepting it.
/// </summary>
internal static class LapseAcrossVersions
{
    public static Lapse? Of(VersionedCatalog catalog, PartnerFacts facts, DateOnly asOf, LevelId held, Lapse? current)
    {
        var later = catalog.After(asOf).ToList();
        var quiet = NothingNewAfter(facts, asOf);
        var lapses = new List<RequirementLapse>();
        foreach (var requirement in catalog.InForceOn(asOf).Level(held).Requirements)
        {
            var day = current?.Requirements.FirstOrDefault(lapse => lapse.RequirementId == requirement.Id)?.On;
            for (var index = 0; index < later.Count && (day is not { } forecast || forecast >= later[index].EffectiveFrom); index++)
            {
                var version = later[index];
                // A requirement a later version no longer has stops constraining the level from then on.
                if (version.Levels.FirstOrDefault(level => level.Id == held)?.Requirements.FirstOrDefault(next => next.Id == requirement.Id) is not { } next)
                {
                    day = null;
                    break;
                }

                var context = new EvaluationContext(version, quiet, version.EffectiveFrom);
                day = next.Evaluate(context).Met ? next.LapsesOn(context) : version.EffectiveFrom;
            }

            if (day is { } on)
            {
                lapses.Add(new RequirementLapse(requirement.Id, on));
            }
        }

        if (lapses.Count == 0)
        {
            return null;
        }

        var ordered = lapses.OrderBy(lapse => lapse.On).ToList();
        return new Lapse(held, ordered[0].On, ordered[0].RequirementId, ordered);
    }

    /// <summary>The facts as they stand on <paramref name="asOf"/>, with nothing new after: every forecast starts from these.</summary>
    internal static PartnerFacts NothingNewAfter(PartnerFacts facts, DateOnly asOf)
    {
        var asOfMonth = Month.Of(asOf);
        return facts with
        {
            Individuals = [.. facts.Individuals
                .Where(individual => individual.IsAssociatedOn(asOf))
                .Select(individual => individual with { Passes = [.. individual.Passes.Where(pass => pass.PassedOn <= asOf)] })],
            Revenue = [.. facts.Revenue.Where(line => line.Month.CompareTo(asOfMonth) < 0)],
        };
    }
}
