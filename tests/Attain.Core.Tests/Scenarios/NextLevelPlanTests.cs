using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Scenarios;

/// <summary>
/// SPEC §2, next step: for the next level not yet held, the fewest additional exam passes that meet its exam
/// requirement, naming which associated individual takes which exam (and how many new individuals are
/// needed where the current ones cannot suffice), and the revenue shortfall.
/// </summary>
public sealed class NextLevelPlanTests
{
    private const string AsOf = "2017-07-07";

    private static readonly string[] AppExams = ["MB2-714", "MB2-713", "MB2-709"];
    private static readonly string[] DeploymentExams = ["MB2-710", "MB2-706"];
    private static readonly string[] CustomizationExams = ["MB2-712", "MB2-707"];

    [Fact]
    public void Partner_with_nothing_needs_three_passes_by_two_new_individuals_and_the_whole_Silver_revenue()
    {
        var evaluation = A.Partner("P1").In("US").EvaluatedOn(AsOf);

        Assert.Equal(new LevelId("silver"), evaluation.Plan!.Level);
        Assert.Equal(new Usd(100_000m), evaluation.RevenuePlan()!.Shortfall);

        var exams = evaluation.ExamPlan()!;
        Assert.Equal((3, 2), (exams.AdditionalPasses, exams.NewIndividuals));
        var appDeployment = Seat(exams, "app-deployment");
        Assert.Null(appDeployment.Individual);
        Assert.NotNull(appDeployment.NewIndividual);
        Assert.Equal(["app", "deployment"], appDeployment.Exams.Select(choice => choice.Group.Value));
        Assert.Equal(AppExams, Options(appDeployment, "app"));
        Assert.Equal(DeploymentExams, Options(appDeployment, "deployment"));
        var customization = Seat(exams, "customization");
        Assert.Null(customization.Individual);
        Assert.Equal(CustomizationExams, Options(customization, "customization"));
        Assert.NotEqual(appDeployment.NewIndividual, customization.NewIndividual);
    }

    [Fact]
    public void Individual_with_an_app_exam_is_told_to_take_a_deployment_exam()
    {
        var evaluation = A.Partner("P1").In("US").WithQualifyingRevenue("2017-01", 100_000m)
            .WithIndividual("alice", "MB2-714")
            .WithIndividual("bob", "MB2-712")
            .EvaluatedOn(AsOf);

        var exams = evaluation.ExamPlan()!;
        Assert.Equal((1, 0), (exams.AdditionalPasses, exams.NewIndividuals));
        var alice = Seat(exams, "app-deployment");
        Assert.Equal(new IndividualId("alice"), alice.Individual);
        Assert.Equal("alice", alice.Name);
        Assert.Equal(DeploymentExams, Options(alice, "deployment"));
        Assert.Single(alice.Exams);
        var bob = Seat(exams, "customization");
        Assert.Equal(new IndividualId("bob"), bob.Individual);
        Assert.Empty(bob.Exams);
        Assert.Null(evaluation.RevenuePlan()); // revenue is met: no revenue step
    }

    [Fact]
    public void All_rounder_alone_keeps_app_deployment_and_one_new_individual_takes_a_customization_exam()
    {
        var evaluation = A.Partner("P1").In("US").WithIndividual("alice", "MB2-714", "MB2-710", "MB2-712").EvaluatedOn(AsOf);

        var exams = evaluation.ExamPlan()!;
        Assert.Equal((1, 1), (exams.AdditionalPasses, exams.NewIndividuals));
        Assert.Equal(new IndividualId("alice"), Seat(exams, "app-deployment").Individual);
        Assert.Empty(Seat(exams, "app-deployment").Exams);
        Assert.Equal(1, Seat(exams, "customization").NewIndividual);
        Assert.Equal(CustomizationExams, Options(Seat(exams, "customization"), "customization"));
    }

    [Fact]
    public void Current_individual_with_no_exams_is_preferred_to_a_new_one_at_the_same_number_of_passes()
    {
        var evaluation = A.Partner("P1").In("US").WithIndividual("alice", "MB2-714", "MB2-710").WithIndividual("eve").EvaluatedOn(AsOf);

        var exams = evaluation.ExamPlan()!;
        Assert.Equal((1, 0), (exams.AdditionalPasses, exams.NewIndividuals));
        Assert.Equal(new IndividualId("eve"), Seat(exams, "customization").Individual);
    }

    [Fact]
    public void Individual_no_longer_associated_is_not_named_in_the_plan()
    {
        var evaluation = A.Partner("P1").In("US")
            .WithIndividual(A.Individual("alice").Passed("MB2-714", "MB2-710", "MB2-712").AssociatedUntil("2017-07-01"))
            .EvaluatedOn(AsOf);

        var exams = evaluation.ExamPlan()!;
        Assert.Equal((3, 2), (exams.AdditionalPasses, exams.NewIndividuals));
        Assert.All(exams.Assignments, seat => Assert.Null(seat.Individual));
    }

    [Fact]
    public void Silver_partner_is_planned_towards_Gold_with_the_Gold_revenue_shortfall()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().WithQualifyingRevenue("2017-01", 150_000m)
            .WithIndividual("dave", "MB2-709")
            .EvaluatedOn(AsOf);

        Assert.Equal("silver", evaluation.LevelHeld());
        Assert.Equal(new LevelId("gold"), evaluation.Plan!.Level);
        Assert.Equal(new Usd(150_000m), evaluation.RevenuePlan()!.Shortfall);

        // Gold: ad-1 and cu-1 stay where they are; dave adds a deployment exam; one new customization individual.
        var exams = evaluation.ExamPlan()!;
        Assert.Equal((2, 1), (exams.AdditionalPasses, exams.NewIndividuals));
        Assert.Equal(4, exams.Assignments.Count);
        var dave = exams.Assignments.Single(seat => seat.Individual == new IndividualId("dave"));
        Assert.Equal(new SlotId("app-deployment"), dave.Slot);
        Assert.Equal(DeploymentExams, Options(dave, "deployment"));
        Assert.Equal(exams.AdditionalPasses, exams.Assignments.Sum(seat => seat.Exams.Count));
    }

    [Fact]
    public void Gold_partner_has_no_next_level_to_plan()
    {
        var evaluation = A.Partner("P1").In("US").WithGoldTeam().WithQualifyingRevenue("2017-01", 300_000m).EvaluatedOn(AsOf);

        Assert.Equal("gold", evaluation.LevelHeld());
        Assert.Null(evaluation.Plan);
    }

    [Fact]
    public void Partner_with_Silver_people_but_not_the_revenue_is_told_only_the_revenue_shortfall()
    {
        var evaluation = A.Partner("P1").In("IN").WithSilverTeam().WithQualifyingRevenue("2017-01", 20_000m).EvaluatedOn(AsOf);

        Assert.Equal(new LevelId("silver"), evaluation.Plan!.Level);
        Assert.Equal(new Usd(30_000m), evaluation.RevenuePlan()!.Shortfall);
        Assert.Null(evaluation.ExamPlan());
    }

    [Fact]
    public void Gold_plan_for_a_partner_holding_nothing_is_not_given_the_next_level_is_Silver()
    {
        var evaluation = A.Partner("P1").In("US").WithGoldTeam().EvaluatedOn(AsOf);

        Assert.Equal("none", evaluation.LevelHeld());
        Assert.Equal(new LevelId("silver"), evaluation.Plan!.Level);
    }

    private static ExamAssignment Seat(ExamPlanStep plan, string slot) =>
        plan.Assignments.Single(assignment => assignment.Slot == new SlotId(slot));

    private static string[] Options(ExamAssignment seat, string group) =>
        [.. seat.Exams.Single(choice => choice.Group == new ExamGroupId(group)).Options.Select(exam => exam.Value)];
}
