using Attain.Core.Model;
using CsCheck;

namespace Attain.Core.Tests.PropertyBased;

/// <summary>SPEC §2: the TTM figure is the plain sum, over the 12 whole months before D's month, of qualifying revenue from DPOR customers.</summary>
public sealed class TtmRevenueProperties
{
    [Fact]
    public void TTM_figure_equals_a_straightforward_sum_of_the_lines_that_count()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var window = ReferenceRules.WindowMonths(sample.AsOf);
            var expected = sample.Facts.Revenue
                .Where(line => window.Contains(new DateOnly(line.Month.Year, line.Month.Number, 1)) && ReferenceRules.Counts(sample.Facts, line))
                .Sum(line => line.Amount.Amount);

            Assert.Equal(new Usd(expected), sample.Evaluate().TtmRevenueUsd);
        }, iter: PropertyChecks.Iterations);
    }

    [Fact]
    public void Revenue_by_month_lists_the_twelve_window_months_with_their_own_sums()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var evaluation = sample.Evaluate();

            Assert.Equal(
                ReferenceRules.WindowMonths(sample.AsOf).Select(month => (month, ReferenceRules.RevenueIn(sample.Facts, month))),
                evaluation.RevenueByMonth.Select(figure => (figure.Month.FirstDay, figure.Amount.Amount)));
            Assert.Equal(evaluation.TtmRevenueUsd.Amount, evaluation.RevenueByMonth.Sum(figure => figure.Amount.Amount));
        }, iter: PropertyChecks.Iterations);
    }

    [Fact]
    public void Revenue_requirement_figures_are_the_TTM_figure_against_the_markets_threshold()
    {
        RandomPartners.Partner.Sample(sample =>
        {
            var evaluation = sample.Evaluate();
            foreach (var level in ReferenceRules.Levels)
            {
                var outcome = evaluation.Levels.Single(candidate => candidate.Level.Value == level).Requirements.OfType<Attain.Core.Evaluation.RevenueOutcome>().Single();
                var threshold = ReferenceRules.Threshold(level, sample.Facts.Partner.Country.Value);
                Assert.Equal(evaluation.TtmRevenueUsd, outcome.Found);
                Assert.Equal(new Usd(threshold), outcome.Required);
                Assert.Equal(outcome.Found.Amount >= threshold, outcome.Met);
                Assert.Equal(Math.Max(0m, threshold - outcome.Found.Amount), outcome.Shortfall.Amount);
            }
        }, iter: PropertyChecks.Iterations);
    }
}
