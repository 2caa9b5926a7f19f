using Attain.Core.Model;

namespace Attain.Core.Planning;

/// <summary>
/// Issue 11: a plan never counts on an individual who is leaving (a recorded associated_to after the day): reaching or
/// keeping a level through them would last only until they go.
/// </summary>
internal static class Staying
{
    /// <summary>The facts without the individuals due to leave after <paramref name="day"/>; the same instance when nobody is.</summary>
    public static PartnerFacts Only(PartnerFacts facts, DateOnly day)
    {
        foreach (var individual in facts.Individuals)
        {
            if (IsLeaving(individual, day))
            {
                return facts with { Individuals = [.. facts.Individuals.Where(person => !IsLeaving(person, day))] };
            }
        }

        return facts;
    }

    private static bool IsLeaving(Individual individual, DateOnly day) => individual.Association.To is { } to && to > day;
}
