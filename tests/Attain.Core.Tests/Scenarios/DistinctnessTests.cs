using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Scenarios;

/// <summary>
/// SPEC §2, distinctness: one individual fills at most one slot of a level, and the engine chooses who fills
/// which slot optimally (a maximum matching, not a greedy pass): if any assignment meets the level, it is found.
/// Candidates are considered in id order, so "alice" is the one a greedy pass would place first.
/// </summary>
public sealed class DistinctnessTests
{
    private const string AsOf = "2017-07-07";

    private static PartnerBuilder WithGoldRevenue() => A.Partner("P1").In("US").WithQualifyingRevenue("2017-01", 300_000m);

    [Fact]
    public void Individual_with_app_deployment_and_customization_fills_only_one_slot()
    {
        var evaluation = WithGoldRevenue().WithIndividual("alice", "MB2-714", "MB2-710", "MB2-712").EvaluatedOn(AsOf);

        var exams = evaluation.Exams("silver");
        Assert.Equal(1, exams.IndividualsFound);
        Assert.Equal(1, exams.Slots.Sum(slot => slot.Individuals.Count(individual => individual.Value == "alice")));
    }

    [Fact]
    public void Silver_is_met_where_a_greedy_pass_would_put_the_all_rounder_in_the_app_deployment_slot()
    {
        // Greedy: alice (first, holds everything) takes app-deployment, and bob cannot do customization.
        // The matching gives app-deployment to bob and customization to alice.
        var evaluation = WithGoldRevenue()
            .WithIndividual("alice", "MB2-714", "MB2-710", "MB2-712")
            .WithIndividual("bob", "MB2-713", "MB2-706")
            .EvaluatedOn(AsOf);

        var exams = evaluation.Exams("silver");
        Assert.True(exams.Met);
        Assert.Equal(["bob"], exams.Filling("app-deployment"));
        Assert.Equal(["alice"], exams.Filling("customization"));
        Assert.Equal("silver", evaluation.LevelHeld());
    }

    [Fact]
    public void Gold_is_met_where_a_greedy_pass_would_use_both_all_rounders_for_app_deployment()
    {
        var evaluation = WithGoldRevenue()
            .WithIndividual("alice", "MB2-714", "MB2-710", "MB2-712")
            .WithIndividual("bob", "MB2-709", "MB2-706", "MB2-707")
            .WithIndividual("carol", "MB2-713", "MB2-710")
            .WithIndividual("dave", "MB2-714", "MB2-706")
            .EvaluatedOn(AsOf);

        var exams = evaluation.Exams("gold");
        Assert.True(exams.Met);
        Assert.Equal(["carol", "dave"], exams.Filling("app-deployment"));
        Assert.Equal(["alice", "bob"], exams.Filling("customization"));
        Assert.Equal("gold", evaluation.LevelHeld());
    }

    [Fact]
    public void All_rounder_goes_to_the_slot_only_she_can_fill()
    {
        // A pass that filled customization first with the first qualified person would take alice and leave
        // app-deployment empty; the matching does not depend on the order slots or people are listed in.
        var evaluation = WithGoldRevenue()
            .WithIndividual("alice", "MB2-714", "MB2-710", "MB2-712")
            .WithIndividual("carol", "MB2-707")
            .EvaluatedOn(AsOf);

        var exams = evaluation.Exams("silver");
        Assert.True(exams.Met);
        Assert.Equal(["alice"], exams.Filling("app-deployment"));
        Assert.Equal(["carol"], exams.Filling("customization"));
    }

    [Fact]
    public void Gold_cannot_be_met_by_two_all_rounders_and_one_customization_individual()
    {
        var evaluation = WithGoldRevenue()
            .WithIndividual("alice", "MB2-714", "MB2-710", "MB2-712")
            .WithIndividual("bob", "MB2-714", "MB2-710", "MB2-712")
            .WithIndividual("carol", "MB2-712")
            .EvaluatedOn(AsOf);

        var gold = evaluation.Exams("gold");
        Assert.False(gold.Met);
        Assert.Equal((3, 4, 1), (gold.IndividualsFound, gold.IndividualsRequired, gold.Shortfall));
        Assert.Equal("silver", evaluation.LevelHeld());
    }

    [Fact]
    public void No_assignment_exists_when_everyone_holds_only_customization()
    {
        var evaluation = WithGoldRevenue()
            .WithIndividual("alice", "MB2-712")
            .WithIndividual("bob", "MB2-707")
            .WithIndividual("carol", "MB2-712", "MB2-707")
            .EvaluatedOn(AsOf);

        var silver = evaluation.Exams("silver");
        Assert.False(silver.Met);
        Assert.Equal(1, silver.IndividualsFound);
        Assert.Empty(silver.Filling("app-deployment"));
        Assert.Equal("none", evaluation.LevelHeld());
    }

    [Fact]
    public void Three_all_rounders_are_three_of_the_four_individuals_Gold_needs()
    {
        var evaluation = WithGoldRevenue()
            .WithIndividual("alice", "MB2-714", "MB2-710", "MB2-712")
            .WithIndividual("bob", "MB2-713", "MB2-706", "MB2-707")
            .WithIndividual("carol", "MB2-709", "MB2-710", "MB2-712")
            .EvaluatedOn(AsOf);

        Assert.Equal(3, evaluation.Exams("gold").IndividualsFound);
        Assert.Equal("silver", evaluation.LevelHeld());
    }
}
