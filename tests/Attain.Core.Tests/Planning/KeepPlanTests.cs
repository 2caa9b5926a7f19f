using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Planning;

/// <summary>
/// Issue 11: the cheapest way to keep the held level on its lapse date is the next-level planner aimed at the held
/// level; no plan (keep or next level) counts on a person who is leaving, and none sends anyone to a retired exam.
/// </summary>
public sealed class KeepPlanTests
{
    private const string AsOf = "2026-11-25";

    [Fact]
    public void Keeping_Silver_after_the_only_app_and_deployment_individual_leaves_asks_the_cheapest_colleague()
    {
        var evaluation = A.Partner("P1").In("GB")
            .WithIndividual(A.Individual("I-2051").Passed("MB2-713", "MB2-710").AssociatedUntil("2027-02-01"))
            .WithIndividual("I-2052", "MB2-712")
            .WithIndividual("I-2053", "MB2-707")
            .WithQualifyingRevenue("2026-10", 150_000m)
            .EvaluatedOn(AsOf);

        var keep = evaluation.Lapse!.KeepPlan!;
        Assert.Equal((new LevelId("silver"), Day.Of("2027-02-01")), (keep.Level, keep.By));
        var exams = Assert.IsType<ExamPlanStep>(Assert.Single(keep.Steps));
        // Two passes by a colleague who stays, no new individual: cheaper than a newcomer's two passes.
        Assert.Equal((2, 0), (exams.AdditionalPasses, exams.NewIndividuals));
        Assert.DoesNotContain(exams.Assignments, seat => seat.Individual == new IndividualId("I-2051"));
    }

    [Fact]
    public void The_plan_to_the_next_level_does_not_count_on_an_individual_who_is_leaving()
    {
        // Silver through I-2051, who leaves on 2027-02-01; Gold's revenue is there.
        var evaluation = A.Partner("P1").In("US")
            .WithIndividual(A.Individual("I-2051").Passed("MB2-713", "MB2-710").AssociatedUntil("2027-02-01"))
            .WithIndividual("I-2052", "MB2-712")
            .WithIndividual("I-2053", "MB2-707")
            .WithQualifyingRevenue("2026-10", 350_000m)
            .EvaluatedOn(AsOf);

        Assert.Equal("silver", evaluation.LevelHeld());
        var plan = evaluation.ExamPlan()!;
        Assert.DoesNotContain(plan.Assignments, seat => seat.Individual == new IndividualId("I-2051"));
        // Without him, both app + deployment seats need newcomers: four passes, two new individuals.
        Assert.Equal((4, 2), (plan.AdditionalPasses, plan.NewIndividuals));
    }

    [Fact]
    public void The_keep_plan_does_not_count_on_someone_who_leaves_after_the_lapse_date()
    {
        // The revenue lapses on 2027-01-01; ad-1 is still there then but leaves on 2027-06-01.
        var evaluation = A.Partner("P1").In("US")
            .WithIndividual(A.Individual("ad-1").Passed("MB2-714", "MB2-710").AssociatedUntil("2027-06-01"))
            .WithIndividual("cu-1", "MB2-712")
            .WithQualifyingRevenue("2025-12", 120_000m)
            .EvaluatedOn(AsOf);

        var keep = evaluation.Lapse!.KeepPlan!;
        Assert.Equal(Day.Of("2027-01-01"), keep.By);
        Assert.Equal(new Usd(100_000m), Assert.Single(keep.Steps.OfType<RevenuePlanStep>()).Shortfall);
        var exams = Assert.Single(keep.Steps.OfType<ExamPlanStep>());
        Assert.DoesNotContain(exams.Assignments, seat => seat.Individual == new IndividualId("ad-1"));
    }

    [Fact]
    public void The_keep_plan_never_recommends_an_exam_that_is_retired_or_being_phased_out()
    {
        // samples/contoso P-1016 in 2018: MB2-709 (retired 2017-12-31, accepted until 2018-12-31) is I-2058's app exam.
        var evaluation = A.Partner("P-1016").In("US")
            .WithIndividual(A.Individual("I-2058").PassedOn("2017-05-10", "MB2-709", "MB2-710"))
            .WithIndividual("I-2059", "MB2-712")
            .WithQualifyingRevenue("2018-03", 120_330.50m)
            .EvaluatedOn("2018-06-15");

        var keep = evaluation.Lapse!.KeepPlan!;
        var exams = Assert.IsType<ExamPlanStep>(Assert.Single(keep.Steps));
        var seat = Assert.Single(exams.Assignments, seat => seat.Exams.Count > 0);
        Assert.Equal(new IndividualId("I-2058"), seat.Individual);
        var app = Assert.Single(seat.Exams);
        Assert.Equal(new ExamGroupId("app"), app.Group);
        Assert.DoesNotContain(new ExamCode("MB2-709"), app.Options);
        var rules = ShippedCatalog.Instance.InForceOn(keep.By);
        Assert.All(
            exams.Assignments.SelectMany(assignment => assignment.Exams).SelectMany(choice => choice.Options),
            option => Assert.False(rules.Exams[option].IsRetiredOn(keep.By) || rules.Exams[option].AcceptedUntil is not null, $"{option} is retired or phased out"));
    }

    [Fact]
    public void A_lapse_a_year_away_has_a_keep_plan_and_no_level_has_no_lapse()
    {
        // Exam passes with no end and revenue all in the window's last month: the revenue lapse is a year away, still a lapse.
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().WithQualifyingRevenue("2026-10", 150_000m).EvaluatedOn(AsOf);

        Assert.Equal(Day.Of("2027-11-01"), evaluation.Lapse!.On);
        Assert.Equal(new Usd(100_000m), Assert.Single(evaluation.Lapse.KeepPlan!.Steps.OfType<RevenuePlanStep>()).Shortfall);
        Assert.Null(A.Partner("P2").In("US").WithQualifyingRevenue("2026-10", 150_000m).EvaluatedOn(AsOf).Lapse);
    }
}
