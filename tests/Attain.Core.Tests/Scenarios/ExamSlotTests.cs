using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Scenarios;

/// <summary>
/// SPEC §1, the exam rows: "app + deployment" individuals each passed one app exam AND one deployment exam
/// (Silver 1, Gold 2); "customization" individuals, distinct from them, each passed one customization exam
/// (Silver 1, Gold 2); distinct individuals in total 2 / 4. Every partner here has Gold's revenue, so the
/// people alone decide the level.
/// </summary>
public sealed class ExamSlotTests
{
    private const string AsOf = "2017-07-07";

    private static PartnerBuilder WithGoldRevenue() => A.Partner("P1").In("US").WithQualifyingRevenue("2017-01", 300_000m);

    [Fact]
    public void Silver_with_one_app_deployment_individual_and_another_customization_individual()
    {
        var evaluation = WithGoldRevenue()
            .WithIndividual("alice", "MB2-714", "MB2-710")
            .WithIndividual("bob", "MB2-712")
            .EvaluatedOn(AsOf);

        var exams = evaluation.Exams("silver");
        Assert.True(exams.Met);
        Assert.Equal((2, 2, 0), (exams.IndividualsFound, exams.IndividualsRequired, exams.Shortfall));
        Assert.Equal(["alice"], exams.Filling("app-deployment"));
        Assert.Equal(["bob"], exams.Filling("customization"));
        Assert.Equal("silver", evaluation.LevelHeld());
    }

    [Fact]
    public void Gold_with_two_app_deployment_individuals_and_two_customization_individuals()
    {
        var evaluation = WithGoldRevenue()
            .WithIndividual("alice", "MB2-714", "MB2-710")
            .WithIndividual("bob", "MB2-709", "MB2-706")
            .WithIndividual("carol", "MB2-712")
            .WithIndividual("dave", "MB2-707")
            .EvaluatedOn(AsOf);

        var exams = evaluation.Exams("gold");
        Assert.True(exams.Met);
        Assert.Equal((4, 4), (exams.IndividualsFound, exams.IndividualsRequired));
        Assert.Equal(["alice", "bob"], exams.Filling("app-deployment"));
        Assert.Equal(["carol", "dave"], exams.Filling("customization"));
        Assert.Equal("gold", evaluation.LevelHeld());
    }

    [Theory]
    [InlineData("MB2-714", "MB2-710")]
    [InlineData("MB2-714", "MB2-706")]
    [InlineData("MB2-713", "MB2-710")]
    [InlineData("MB2-713", "MB2-706")]
    [InlineData("MB2-709", "MB2-710")]
    [InlineData("MB2-709", "MB2-706")]
    public void Any_app_exam_with_any_deployment_exam_fills_the_app_deployment_slot(string app, string deployment)
    {
        var evaluation = WithGoldRevenue().WithIndividual("alice", app, deployment).WithIndividual("bob", "MB2-712").EvaluatedOn(AsOf);

        Assert.Equal(["alice"], evaluation.Exams("silver").Filling("app-deployment"));
    }

    [Theory]
    [InlineData("MB2-712")]
    [InlineData("MB2-707")]
    public void Either_customization_exam_fills_the_customization_slot(string customization)
    {
        var evaluation = WithGoldRevenue().WithIndividual("alice", "MB2-714", "MB2-710").WithIndividual("bob", customization).EvaluatedOn(AsOf);

        Assert.Equal(["bob"], evaluation.Exams("silver").Filling("customization"));
    }

    [Fact]
    public void App_and_deployment_passed_by_two_different_individuals_do_not_fill_the_slot()
    {
        var evaluation = WithGoldRevenue()
            .WithIndividual("alice", "MB2-714")
            .WithIndividual("bob", "MB2-710")
            .WithIndividual("carol", "MB2-712")
            .EvaluatedOn(AsOf);

        var exams = evaluation.Exams("silver");
        Assert.False(exams.Met);
        Assert.Empty(exams.Filling("app-deployment"));
        Assert.Equal(["carol"], exams.Filling("customization"));
        Assert.Equal((1, 2, 1), (exams.IndividualsFound, exams.IndividualsRequired, exams.Shortfall));
        Assert.Equal("none", evaluation.LevelHeld());
    }

    [Fact]
    public void Two_app_exams_are_not_an_app_and_a_deployment_exam()
    {
        var evaluation = WithGoldRevenue().WithIndividual("alice", "MB2-714", "MB2-713", "MB2-709").WithIndividual("bob", "MB2-712").EvaluatedOn(AsOf);

        Assert.Empty(evaluation.Exams("silver").Filling("app-deployment"));
        Assert.Equal("none", evaluation.LevelHeld());
    }

    [Fact]
    public void One_individual_with_every_exam_is_one_of_the_two_individuals_Silver_needs()
    {
        var evaluation = WithGoldRevenue().WithIndividual("alice", "MB2-714", "MB2-710", "MB2-712").EvaluatedOn(AsOf);

        var exams = evaluation.Exams("silver");
        Assert.False(exams.Met);
        Assert.Equal((1, 2), (exams.IndividualsFound, exams.IndividualsRequired));
        Assert.Equal("none", evaluation.LevelHeld());
    }

    [Fact]
    public void Gold_people_short_by_one_customization_individual_is_Silver()
    {
        var evaluation = WithGoldRevenue()
            .WithIndividual("alice", "MB2-714", "MB2-710")
            .WithIndividual("bob", "MB2-713", "MB2-706")
            .WithIndividual("carol", "MB2-712")
            .EvaluatedOn(AsOf);

        var gold = evaluation.Exams("gold");
        Assert.False(gold.Met);
        Assert.Equal((3, 4, 1), (gold.IndividualsFound, gold.IndividualsRequired, gold.Shortfall));
        Assert.Equal(1, gold.Slots.Single(slot => slot.Slot.Value == "customization").Missing);
        Assert.Equal("silver", evaluation.LevelHeld());
    }

    [Fact]
    public void Exam_that_is_in_no_group_counts_for_nothing()
    {
        var evaluation = WithGoldRevenue().WithIndividual("alice", "MB2-714", "AZ-900").WithIndividual("bob", "MB2-712").EvaluatedOn(AsOf);

        Assert.Empty(evaluation.Exams("silver").Filling("app-deployment"));
    }

    [Fact]
    public void People_without_the_revenue_hold_no_level()
    {
        var evaluation = A.Partner("P1").In("US").WithGoldTeam().WithQualifyingRevenue("2017-01", 99_999.99m).EvaluatedOn(AsOf);

        Assert.True(evaluation.Exams("gold").Met);
        Assert.Equal("none", evaluation.LevelHeld());
    }
}
