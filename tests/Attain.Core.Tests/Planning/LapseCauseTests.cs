using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Planning;

/// <summary>
/// Issue 11: a lapse names its cause — the person and the day they leave, the pass whose acceptance ends, or the
/// revenue months rolling out of the window — and the level the partner falls to.
/// </summary>
public sealed class LapseCauseTests
{
    private const string AsOf = "2026-11-25"; // TTM window 2025-11 … 2026-10

    [Fact]
    public void A_departure_that_breaks_the_exam_requirement_is_named_with_its_day()
    {
        var evaluation = A.Partner("P1").In("GB")
            .WithIndividual(A.Individual("I-2051").Passed("MB2-713", "MB2-710").AssociatedUntil("2027-02-01"))
            .WithIndividual("I-2052", "MB2-712")
            .WithQualifyingRevenue("2026-10", 150_000m)
            .EvaluatedOn(AsOf);

        var lapse = evaluation.Lapse!;
        Assert.Equal(Day.Of("2027-02-01"), lapse.On);
        var departure = Assert.Single(lapse.Cause!.Departures);
        Assert.Equal(new IndividualId("I-2051"), departure.Individual);
        Assert.Equal(Day.Of("2027-02-01"), departure.LeavesOn);
        Assert.Null(lapse.Cause.Revenue);
        Assert.Null(lapse.LevelAfter);
    }

    [Fact]
    public void Revenue_months_rolling_out_of_the_window_are_the_cause_of_a_revenue_lapse()
    {
        var evaluation = A.Partner("P1").In("US").WithSilverTeam()
            .WithQualifyingRevenue("2025-11", 5_000m)
            .WithQualifyingRevenue("2025-12", 120_000m)
            .EvaluatedOn(AsOf);

        var lapse = evaluation.Lapse!;
        Assert.Equal(Day.Of("2027-01-01"), lapse.On);
        var revenue = lapse.Cause!.Revenue!;
        Assert.Equal(new MonthRange(Day.Month("2025-11"), Day.Month("2025-12")), revenue.Months);
        Assert.Equal(new Usd(125_000m), revenue.Amount);
        Assert.Equal(Usd.Zero, revenue.TtmOnLapse);
        Assert.Equal(new Usd(100_000m), revenue.Threshold);
        Assert.Empty(lapse.Cause.Departures);
    }

    [Fact]
    public void Gold_lapsing_on_revenue_falls_to_Silver_when_Silver_still_holds()
    {
        var evaluation = A.Partner("P1").In("US").WithGoldTeam()
            .WithQualifyingRevenue("2025-11", 200_000m)
            .WithQualifyingRevenue("2026-10", 150_000m)
            .EvaluatedOn(AsOf);

        Assert.Equal(new LevelId("gold"), evaluation.Lapse!.Level);
        Assert.Equal(Day.Of("2026-12-01"), evaluation.Lapse.On);
        Assert.Equal(new LevelId("silver"), evaluation.Lapse.LevelAfter);
        Assert.Equal(new MonthRange(Day.Month("2025-11"), Day.Month("2025-11")), evaluation.Lapse.Cause!.Revenue!.Months);
    }

    [Fact]
    public void A_pass_whose_acceptance_ends_is_the_cause_when_it_breaks_the_exam_requirement()
    {
        // samples/contoso P-1016 in 2018: Silver only through MB2-709, accepted until 2018-12-31 (SPEC §5).
        var evaluation = A.Partner("P-1016").In("US")
            .WithIndividual(A.Individual("I-2058").PassedOn("2017-05-10", "MB2-709", "MB2-710"))
            .WithIndividual("I-2059", "MB2-712")
            .WithQualifyingRevenue("2018-03", 120_330.50m)
            .EvaluatedOn("2018-06-15");

        var lapse = evaluation.Lapse!;
        Assert.Equal(Day.Of("2019-01-01"), lapse.On);
        var end = Assert.Single(lapse.Cause!.AcceptanceEnds);
        Assert.Equal((new IndividualId("I-2058"), new ExamCode("MB2-709"), Day.Of("2018-12-31")), (end.Individual, end.Exam, end.AcceptedUntil));
        Assert.Empty(lapse.Cause.Departures);
        Assert.Null(lapse.LevelAfter);
    }

    [Fact]
    public void A_departure_after_the_lapse_date_is_not_its_cause()
    {
        var evaluation = A.Partner("P1").In("US")
            .WithIndividual(A.Individual("ad-1").Passed("MB2-714", "MB2-710").AssociatedUntil("2027-06-01"))
            .WithIndividual("cu-1", "MB2-712")
            .WithQualifyingRevenue("2025-12", 120_000m)
            .EvaluatedOn(AsOf);

        Assert.Equal(Day.Of("2027-01-01"), evaluation.Lapse!.On);
        Assert.Empty(evaluation.Lapse.Cause!.Departures);
        Assert.NotNull(evaluation.Lapse.Cause.Revenue);
    }
}
