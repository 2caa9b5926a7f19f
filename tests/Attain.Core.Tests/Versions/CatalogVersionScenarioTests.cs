using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Versions;

/// <summary>
/// SPEC §5 on the shipped catalog's two versions: 2017-07-07 (the seed) and 2017-12-15 (five new exams, MB2-709
/// retired on 2017-12-31 and accepted until 2018-12-31). Revenue is Silver's all along, so only the exams decide.
/// </summary>
public sealed class CatalogVersionScenarioTests
{
    // Revenue enough for Silver in every window used here, and enough to keep it with no new revenue until after
    // 2019-01-01, so that the exam lapse is the one that shows.
    private static PartnerBuilder WithSilverRevenue(PartnerBuilder partner)
    {
        for (var month = new DateOnly(2016, 7, 1); month < new DateOnly(2019, 7, 1); month = month.AddMonths(1))
        {
            partner.WithQualifyingRevenue($"{month:yyyy-MM}", 25_000m);
        }

        return partner;
    }

    private static PartnerBuilder HoldingSilverThroughMb2709() =>
        WithSilverRevenue(A.Partner("P1")).WithIndividual("ad", "MB2-709", "MB2-710").WithIndividual("cu", "MB2-712");

    [Theory]
    [InlineData("2017-07-06", "2017-07-07")] // before the first version, the first applies
    [InlineData("2017-07-07", "2017-07-07")]
    [InlineData("2017-12-14", "2017-07-07")]
    [InlineData("2017-12-15", "2017-12-15")]
    [InlineData("2026-11-25", "2017-12-15")]
    public void The_version_in_force_is_the_latest_that_took_effect_on_or_before_the_as_of_date(string asOf, string version)
    {
        var evaluation = A.Partner("P1").EvaluatedOn(asOf);

        Assert.Equal(Day.Of(version), evaluation.CatalogVersion);
    }

    [Theory]
    [InlineData("2018-06-15", "silver")]
    [InlineData("2018-12-31", "silver")] // D ≤ acceptedUntil: still counts on its last day
    [InlineData("2019-01-01", "none")]
    [InlineData("2019-06-15", "none")]
    public void A_pass_of_MB2_709_counts_until_its_acceptedUntil_date_and_not_after(string asOf, string level)
    {
        Assert.Equal(level, HoldingSilverThroughMb2709().EvaluatedOn(asOf).LevelHeld());
    }

    [Theory]
    [InlineData("2017-12-14", "none")] // the 2017-07-07 version does not know MB2-717
    [InlineData("2017-12-15", "silver")]
    public void A_new_exam_counts_only_from_the_version_that_adds_it(string asOf, string level)
    {
        // Passed before the new version existed: the pass is kept, and counts once the rules name the exam.
        var partner = WithSilverRevenue(A.Partner("P1"))
            .WithIndividual(A.Individual("ad").PassedOn("2017-10-02", "MB2-717", "MB2-715"))
            .WithIndividual("cu", "MB2-712");

        Assert.Equal(level, partner.EvaluatedOn(asOf).LevelHeld());
    }

    [Fact]
    public void The_lapse_forecast_ends_on_the_day_after_the_acceptance_date()
    {
        var evaluation = HoldingSilverThroughMb2709().EvaluatedOn("2018-06-15");

        Assert.Equal(Day.Of("2019-01-01"), evaluation.LapseOf("exams"));
        Assert.Equal(Day.Of("2019-01-01"), evaluation.Lapse!.On);
        Assert.Equal("exams", evaluation.Lapse.RequirementId);
    }

    [Fact]
    public void Before_the_new_version_takes_effect_the_forecast_already_counts_its_acceptance_date()
    {
        // As of 2017-11-01 the seed is in force and accepts MB2-709 for ever; the 2017-12-15 version, already in the
        // catalog, accepts it until 2018-12-31.
        var evaluation = HoldingSilverThroughMb2709().EvaluatedOn("2017-11-01");

        Assert.Equal(Day.Of("2017-07-07"), evaluation.CatalogVersion);
        Assert.Equal(Day.Of("2019-01-01"), evaluation.LapseOf("exams"));
    }

    [Fact]
    public void A_departure_before_the_new_version_is_still_the_forecast()
    {
        var evaluation = WithSilverRevenue(A.Partner("P1"))
            .WithIndividual(A.Individual("ad").Passed("MB2-709", "MB2-710").AssociatedUntil("2017-12-01"))
            .WithIndividual("cu", "MB2-712")
            .EvaluatedOn("2017-11-01");

        Assert.Equal(Day.Of("2017-12-01"), evaluation.LapseOf("exams"));
    }

    [Fact]
    public void A_level_that_holds_without_the_retiring_exam_does_not_lapse_on_its_acceptance_date()
    {
        var evaluation = HoldingSilverThroughMb2709().WithIndividual("ad-2", "MB2-714", "MB2-706").EvaluatedOn("2018-06-15");

        Assert.Null(evaluation.LapseOf("exams"));
    }

    [Theory]
    [InlineData("2017-12-20")] // not retired yet, but its acceptance ends: a pass would soon stop counting
    [InlineData("2018-06-15")] // retired
    public void The_plan_never_sends_anyone_to_a_retired_or_retiring_exam_and_says_why(string asOf)
    {
        var evaluation = WithSilverRevenue(A.Partner("P1")).WithIndividual("ad", "MB2-710").WithIndividual("cu", "MB2-712").EvaluatedOn(asOf);

        var choice = Assert.Single(evaluation.ExamPlan()!.Assignments.SelectMany(seat => seat.Exams));
        Assert.Equal("app", choice.Group.Value);
        Assert.DoesNotContain(new ExamCode("MB2-709"), choice.Options);
        Assert.Contains(new ExamCode("MB2-717"), choice.Options);
        var avoided = Assert.Single(choice.Avoided);
        Assert.Equal((Day.Of("2017-12-31"), Day.Of("2018-12-31")), (avoided.RetiredOn!.Value, avoided.AcceptedUntil!.Value));

        var plan = new Attain.Core.Explanation.EvaluationExplainer(ShippedCatalog.Instance, System.Globalization.CultureInfo.GetCultureInfo("en")).Explain(evaluation).Plan;
        Assert.Contains(plan, line => line.Contains("leaves out MB2-709 (retired on 2017-12-31, accepted until 2018-12-31)", StringComparison.Ordinal));
    }

    [Fact]
    public void Under_the_seed_version_the_plan_still_offers_MB2_709()
    {
        var evaluation = WithSilverRevenue(A.Partner("P1")).WithIndividual("ad", "MB2-710").WithIndividual("cu", "MB2-712").EvaluatedOn("2017-07-07");

        var choice = Assert.Single(evaluation.ExamPlan()!.Assignments.SelectMany(seat => seat.Exams));
        Assert.Contains(new ExamCode("MB2-709"), choice.Options);
        Assert.Empty(choice.Avoided);
    }
}
