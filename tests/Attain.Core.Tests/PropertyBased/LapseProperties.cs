using Attain.Core.Tests.Support;
using CsCheck;

namespace Attain.Core.Tests.PropertyBased;

/// <summary>
/// SPEC §2, lapse, compared with a month-by-month roll-forward of the revenue and a day-by-day walk through the
/// departures already known.
/// </summary>
public sealed class LapseProperties
{
    [Fact]
    public void Revenue_lapse_is_the_first_month_start_after_D_when_the_rolled_forward_TTM_falls_below_the_held_threshold()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var evaluation = sample.Evaluate();
            if (evaluation.Level is not { } held)
            {
                Assert.Null(evaluation.Lapse);
                return;
            }

            var threshold = ReferenceRules.Threshold(held.Value, sample.Facts.Partner.Country.Value);
            Assert.Equal(held, evaluation.Lapse!.Level);
            Assert.Equal(ReferenceRules.RevenueLapse(sample.Facts, sample.AsOf, threshold), evaluation.LapseOf("revenue"));
        }, iter: PropertyChecks.Iterations);
    }

    [Fact]
    public void Exam_lapse_is_the_first_day_the_individuals_still_associated_can_no_longer_fill_the_held_levels_slots()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var evaluation = sample.Evaluate();
            if (evaluation.Level is not { } held)
            {
                return;
            }

            Assert.Equal(ReferenceRules.ExamLapse(held.Value, sample.Facts, sample.AsOf), evaluation.LapseOf("exams"));
        }, iter: PropertyChecks.Iterations);
    }

    [Fact]
    public void Lapse_date_is_the_earliest_of_the_requirements_dates_and_after_D()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var evaluation = sample.Evaluate();
            if (evaluation.Lapse is not { } lapse)
            {
                return;
            }

            Assert.Equal(lapse.Requirements.Min(requirement => requirement.On), lapse.On);
            Assert.Contains(lapse.Requirements, requirement => requirement.RequirementId == lapse.RequirementId && requirement.On == lapse.On);
            Assert.All(lapse.Requirements, requirement => Assert.True(requirement.On > sample.AsOf));
        }, iter: PropertyChecks.Iterations);
    }
}
