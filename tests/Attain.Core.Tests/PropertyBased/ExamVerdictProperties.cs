using Attain.Core.Tests.Support;
using CsCheck;

namespace Attain.Core.Tests.PropertyBased;

/// <summary>
/// SPEC §2, distinctness: if any assignment of individuals to seats meets a level's exam requirement, the
/// engine says it is met. Compared with a search over every assignment.
/// </summary>
public sealed class ExamVerdictProperties
{
    private static readonly string[] AppDeploymentGroups = ["app", "deployment"];
    private static readonly string[] CustomizationGroups = ["customization"];

    [Fact]
    public void Exam_requirement_is_met_exactly_when_some_assignment_of_distinct_individuals_fills_every_seat()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var evaluation = sample.Evaluate();
            var people = ReferenceRules.People(sample.Facts, sample.AsOf).Select(person => person.Groups).ToList();
            foreach (var level in ReferenceRules.Levels)
            {
                var seats = ReferenceRules.Seats(level);
                var most = ReferenceRules.MostSeatsFilled(seats, people);
                var exams = evaluation.Exams(level);
                Assert.Equal(most == seats.Length, exams.Met);
                Assert.Equal(most, exams.IndividualsFound);
                Assert.Equal(seats.Length, exams.IndividualsRequired);
            }
        }, iter: PropertyChecks.Iterations);
    }

    [Fact]
    public void Individuals_placed_in_slots_are_distinct_associated_and_qualified()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var evaluation = sample.Evaluate();
            var people = ReferenceRules.People(sample.Facts, sample.AsOf).ToDictionary(person => person.Individual.Id, person => person.Groups);
            foreach (var level in ReferenceRules.Levels)
            {
                var placed = evaluation.Exams(level).Slots.SelectMany(fill => fill.Individuals.Select(individual => (fill.Slot, individual))).ToList();
                Assert.Equal(placed.Count, placed.Select(entry => entry.individual).Distinct().Count());
                foreach (var (slot, individual) in placed)
                {
                    var needs = slot.Value == "customization" ? CustomizationGroups : AppDeploymentGroups;
                    Assert.True(people.TryGetValue(individual, out var groups), $"{individual} does not count on {sample.AsOf}");
                    Assert.All(needs, group => Assert.Contains(group, groups));
                }
            }
        }, iter: PropertyChecks.Iterations);
    }

    [Fact]
    public void Level_held_is_the_highest_whose_revenue_and_exams_are_both_met()
    {
        RandomPartners.Partner.Sample(
            sample => Assert.Equal(ReferenceRules.LevelHeld(sample.Facts, sample.AsOf), sample.Evaluate().LevelHeld()),
            iter: PropertyChecks.Iterations);
    }
}
