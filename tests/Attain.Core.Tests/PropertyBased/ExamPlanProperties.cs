using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Tests.Support;
using CsCheck;

namespace Attain.Core.Tests.PropertyBased;

/// <summary>
/// SPEC §2, next step: the plan asks for the fewest additional passes (then the fewest new individuals) that
/// meet the exam requirement, and doing what it says does meet it.
/// </summary>
public sealed class ExamPlanProperties
{
    [Fact]
    public void Plan_asks_for_the_fewest_additional_passes_of_any_assignment_then_the_fewest_new_individuals()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var context = new EvaluationContext(ShippedCatalog.Instance.InForceOn(sample.AsOf), sample.Facts, sample.AsOf);
            var people = ReferenceRules.People(sample.Facts, sample.AsOf).Select(person => person.Groups).ToList();
            foreach (var level in ReferenceRules.Levels)
            {
                var plan = ExamPlanner.Plan(PropertyChecks.ExamRequirementOf(level), context);
                var (passes, newcomers) = ReferenceRules.CheapestPlan(ReferenceRules.Seats(level), people);
                Assert.Equal(passes, plan.AdditionalPasses);
                Assert.Equal(newcomers, plan.NewIndividuals);
            }
        }, iter: PropertyChecks.Iterations);
    }

    [Fact]
    public void Evaluation_plans_the_next_level_with_the_fewest_additional_passes_without_anyone_who_is_leaving()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var evaluation = sample.Evaluate();
            if (evaluation.Plan is not { } plan)
            {
                Assert.Equal("gold", evaluation.LevelHeld());
                return;
            }

            var level = plan.Level.Value;
            Assert.Equal(evaluation.LevelHeld() == "none" ? "silver" : "gold", level);
            // Issue 11: the plan counts only on people who are not leaving.
            var exams = evaluation.ExamPlan();
            var staying = ReferenceRules.StayingPeople(sample.Facts, sample.AsOf).Select(person => person.Groups).ToList();
            var (passes, newcomers) = ReferenceRules.CheapestPlan(ReferenceRules.Seats(level), staying);
            Assert.Equal(passes == 0 && newcomers == 0, exams is null);
            if (exams is not null)
            {
                Assert.Equal((passes, newcomers), (exams.AdditionalPasses, exams.NewIndividuals));
            }

            var revenue = evaluation.Revenue(level);
            Assert.Equal(revenue.Met, evaluation.RevenuePlan() is null);
            Assert.Equal(revenue.Met ? 0m : revenue.Required.Amount - evaluation.TtmRevenueUsd.Amount, evaluation.RevenuePlan()?.Shortfall.Amount ?? 0m);
        }, iter: PropertyChecks.Iterations);
    }

    [Fact]
    public void Doing_what_the_plan_says_meets_the_exam_requirement()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var context = new EvaluationContext(ShippedCatalog.Instance.InForceOn(sample.AsOf), sample.Facts, sample.AsOf);
            foreach (var level in ReferenceRules.Levels)
            {
                var plan = ExamPlanner.Plan(PropertyChecks.ExamRequirementOf(level), context);
                var named = plan.Assignments.Select(seat => seat.Individual).OfType<IndividualId>().ToList();
                Assert.Equal(named.Count, named.Distinct().Count());
                Assert.All(named, individual => Assert.Contains(context.Candidates, candidate => candidate.Id == individual));
                Assert.Equal(plan.AdditionalPasses, plan.Assignments.Sum(seat => seat.Exams.Count));

                var after = sample.Evaluate(Apply(plan, sample.Facts, sample.AsOf));
                Assert.True(after.Exams(level).Met, $"{level} still not met after the plan");
            }
        }, iter: PropertyChecks.Iterations);
    }

    /// <summary>Each named individual passes the first option of every exam choice on the as-of date; new individuals join with theirs.</summary>
    private static PartnerFacts Apply(ExamPlanStep plan, PartnerFacts facts, DateOnly asOf)
    {
        var passesOf = plan.Assignments
            .Where(seat => seat.Individual is not null)
            .ToDictionary(seat => seat.Individual!.Value, seat => seat.Exams.Select(choice => new ExamPass(choice.Options[0], asOf)).ToList());
        var current = facts.Individuals.Select(individual =>
            passesOf.TryGetValue(individual.Id, out var added) ? individual with { Passes = [.. individual.Passes, .. added] } : individual);
        var newcomers = plan.Assignments
            .Where(seat => seat.NewIndividual is not null)
            .Select(seat => new Individual(
                new IndividualId($"new-{seat.NewIndividual}"),
                "new",
                DateInterval.Always,
                [.. seat.Exams.Select(choice => new ExamPass(choice.Options[0], asOf))]));
        return facts with { Individuals = [.. current, .. newcomers] };
    }
}
