using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Scenarios;

/// <summary>
/// SPEC §2, lapse: for the level held, the first month-start after D on which, with no new revenue, the TTM
/// figure would fall below that level's threshold. The engine also knows of individuals already due to
/// leave: an exam requirement lapses on the first departure after which its slots can no longer be filled.
/// </summary>
public sealed class LapseTests
{
    private const string AsOf = "2017-07-07"; // TTM window 2016-07 … 2017-06

    [Fact]
    public void Revenue_all_in_the_first_month_of_the_window_lapses_at_the_next_month_start()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().WithQualifyingRevenue("2016-07", 100_000m).EvaluatedOn(AsOf);

        Assert.Equal(new LevelId("silver"), evaluation.Lapse!.Level);
        Assert.Equal(Day.Of("2017-08-01"), evaluation.Lapse.On);
        Assert.Equal("revenue", evaluation.Lapse.RequirementId);
    }

    [Fact]
    public void Revenue_all_in_the_last_month_of_the_window_lasts_until_that_month_leaves_the_window()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().WithQualifyingRevenue("2017-06", 110_000m).EvaluatedOn(AsOf);

        Assert.Equal(Day.Of("2018-07-01"), evaluation.Lapse!.On);
    }

    [Fact]
    public void Level_still_met_at_exactly_the_threshold_after_a_month_drops_out_does_not_lapse_then()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam()
            .WithQualifyingRevenue("2016-07", 20_000m)
            .WithQualifyingRevenue("2017-03", 100_000m)
            .EvaluatedOn(AsOf);

        // 2017-08-01: 100,000 ≥ 100,000, still met; 2018-04-01: March 2017 leaves, 0.
        Assert.Equal(Day.Of("2018-04-01"), evaluation.Lapse!.On);
    }

    [Fact]
    public void Negative_month_leaving_the_window_raises_the_figure_and_does_not_cause_a_lapse()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam()
            .WithQualifyingRevenue("2016-07", -10_000m)
            .WithQualifyingRevenue("2016-08", 5_000m)
            .WithQualifyingRevenue("2017-01", 110_000m)
            .EvaluatedOn(AsOf);

        // 105,000 now; 115,000 on 2017-08-01; 110,000 on 2017-09-01; 0 on 2018-02-01.
        Assert.Equal(Day.Of("2018-02-01"), evaluation.Lapse!.On);
    }

    [Fact]
    public void Gold_lapses_when_the_figure_falls_below_the_Gold_threshold_even_if_Silver_remains()
    {
        var evaluation = A.Partner("P1").In("US").WithGoldTeam()
            .WithQualifyingRevenue("2016-08", 200_000m)
            .WithQualifyingRevenue("2017-05", 150_000m)
            .EvaluatedOn(AsOf);

        Assert.Equal("gold", evaluation.LevelHeld());
        Assert.Equal(new LevelId("gold"), evaluation.Lapse!.Level);
        Assert.Equal(Day.Of("2017-09-01"), evaluation.Lapse.On);
    }

    [Fact]
    public void Developing_market_lapse_uses_the_developing_threshold()
    {
        var evaluation = A.Partner("P1").In("IN").WithSilverTeam()
            .WithQualifyingRevenue("2016-07", 50_000m)
            .WithQualifyingRevenue("2016-12", 50_000m)
            .EvaluatedOn(AsOf);

        // 50,000 remains after 2016-07 leaves: still ≥ 50,000 until 2016-12 leaves on 2018-01-01.
        Assert.Equal(Day.Of("2018-01-01"), evaluation.Lapse!.On);
    }

    [Fact]
    public void Revenue_reported_for_the_as_of_month_or_later_is_not_counted_on_to_keep_the_level()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam()
            .WithQualifyingRevenue("2016-07", 100_000m)
            .WithQualifyingRevenue("2017-07", 1_000_000m)
            .EvaluatedOn(AsOf);

        Assert.Equal(Day.Of("2017-08-01"), evaluation.Lapse!.On);
    }

    [Fact]
    public void As_of_the_first_of_a_month_the_lapse_is_the_next_month_start_not_the_as_of_date()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam().WithQualifyingRevenue("2016-07", 100_000m).EvaluatedOn("2017-07-01");

        Assert.Equal(Day.Of("2017-08-01"), evaluation.Lapse!.On);
    }

    [Fact]
    public void Partner_holding_no_level_has_no_lapse()
    {
        var evaluation = A.Partner("P1").In("US").WithQualifyingRevenue("2017-01", 100_000m).EvaluatedOn(AsOf);

        Assert.Null(evaluation.Lapse);
    }

    [Fact]
    public void Departure_of_the_only_app_deployment_individual_lapses_the_exams_before_the_revenue()
    {
        var evaluation = A.Partner("P1").In("US").WithQualifyingRevenue("2017-06", 110_000m)
            .WithIndividual(A.Individual("alice").Passed("MB2-714", "MB2-710").AssociatedUntil("2017-09-15"))
            .WithIndividual("bob", "MB2-712")
            .EvaluatedOn(AsOf);

        Assert.Equal(Day.Of("2017-09-15"), evaluation.Lapse!.On);
        Assert.Equal("exams", evaluation.Lapse.RequirementId);
        Assert.Equal(Day.Of("2017-09-15"), evaluation.LapseOf("exams"));
        Assert.Equal(Day.Of("2018-07-01"), evaluation.LapseOf("revenue")); // the SPEC's revenue lapse is kept
    }

    [Fact]
    public void Departure_covered_by_another_qualified_individual_does_not_lapse_the_exams()
    {
        var evaluation = A.Partner("P1").In("US").WithQualifyingRevenue("2017-06", 110_000m)
            .WithIndividual(A.Individual("alice").Passed("MB2-714", "MB2-710").AssociatedUntil("2017-09-15"))
            .WithIndividual("bob", "MB2-712")
            .WithIndividual("carol", "MB2-713", "MB2-706")
            .EvaluatedOn(AsOf);

        Assert.Null(evaluation.LapseOf("exams"));
        Assert.Equal(Day.Of("2018-07-01"), evaluation.Lapse!.On);
        Assert.Equal("revenue", evaluation.Lapse.RequirementId);
    }

    [Fact]
    public void Exams_lapse_on_the_departure_after_which_no_one_is_left_to_fill_the_slot()
    {
        var evaluation = A.Partner("P1").In("US").WithQualifyingRevenue("2017-06", 110_000m)
            .WithIndividual(A.Individual("alice").Passed("MB2-714", "MB2-710").AssociatedUntil("2017-09-15"))
            .WithIndividual(A.Individual("carol").Passed("MB2-713", "MB2-706").AssociatedUntil("2017-10-01"))
            .WithIndividual("bob", "MB2-712")
            .EvaluatedOn(AsOf);

        Assert.Equal(Day.Of("2017-10-01"), evaluation.Lapse!.On);
        Assert.Equal("exams", evaluation.Lapse.RequirementId);
    }

    [Fact]
    public void Departure_after_the_revenue_lapse_leaves_the_revenue_date_first()
    {
        var evaluation = A.Partner("P1").In("US").WithQualifyingRevenue("2016-07", 100_000m)
            .WithIndividual(A.Individual("alice").Passed("MB2-714", "MB2-710").AssociatedUntil("2017-09-15"))
            .WithIndividual("bob", "MB2-712")
            .EvaluatedOn(AsOf);

        Assert.Equal(Day.Of("2017-08-01"), evaluation.Lapse!.On);
        Assert.Equal("revenue", evaluation.Lapse.RequirementId);
        Assert.Equal(Day.Of("2017-09-15"), evaluation.LapseOf("exams"));
    }

    [Fact]
    public void Gold_lapses_when_one_of_the_two_customization_individuals_leaves()
    {
        var evaluation = A.Partner("P1").In("US").WithQualifyingRevenue("2017-06", 310_000m)
            .WithIndividual("ad-1", "MB2-714", "MB2-710")
            .WithIndividual("ad-2", "MB2-713", "MB2-706")
            .WithIndividual("cu-1", "MB2-712")
            .WithIndividual(A.Individual("cu-2").Passed("MB2-707").AssociatedFrom("2016-01-01").AssociatedUntil("2017-12-01"))
            .EvaluatedOn(AsOf);

        Assert.Equal(new LevelId("gold"), evaluation.Lapse!.Level);
        Assert.Equal(Day.Of("2017-12-01"), evaluation.Lapse.On);
        Assert.Equal("exams", evaluation.Lapse.RequirementId);
    }
}
