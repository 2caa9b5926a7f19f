using Attain.Core.Model;
using CsCheck;

namespace Attain.Core.Tests.PropertyBased;

/// <summary>More is never less: an extra exam pass or an extra positive revenue line never lowers the level held.</summary>
public sealed class MonotonicityProperties
{
    private static readonly Gen<(RandomPartner Sample, int Individual, int Exam, int DaysAgo)> WithExtraPass =
        from sample in RandomPartners.Partner
        from individual in Gen.Int[0, 5]
        from exam in Gen.Int[0, RandomPartners.Exams.Length - 1]
        from daysAgo in Gen.Int[-10, 400]
        select (sample, individual, exam, daysAgo);

    private static readonly Gen<(RandomPartner Sample, int Customer, int Product, int MonthsAgo, int Cents)> WithExtraRevenue =
        from sample in RandomPartners.Partner
        from customer in Gen.Int[0, 4]
        from product in Gen.Int[0, RandomPartners.Products.Length - 1]
        from monthsAgo in Gen.Int[-1, 14]
        from cents in Gen.Int[1, 20_000_000]
        select (sample, customer, product, monthsAgo, cents);

    [Fact]
    public void Adding_an_exam_pass_never_lowers_the_level()
    {
        WithExtraPass.Sample(input =>
        {
            var (sample, index, exam, daysAgo) = input;
            if (sample.Facts.Individuals.Count == 0)
            {
                return;
            }

            var target = sample.Facts.Individuals[index % sample.Facts.Individuals.Count];
            var pass = new ExamPass(new ExamCode(RandomPartners.Exams[exam]), sample.AsOf.AddDays(-daysAgo));
            var facts = sample.Facts with
            {
                Individuals = [.. sample.Facts.Individuals.Select(individual => individual == target ? individual with { Passes = [.. individual.Passes, pass] } : individual)],
            };

            Assert.True(sample.Evaluate(facts).Rank() >= sample.Evaluate().Rank());
        }, iter: PropertyChecks.Iterations);
    }

    [Fact]
    public void Adding_a_positive_revenue_line_never_lowers_the_level()
    {
        WithExtraRevenue.Sample(input =>
        {
            var (sample, customer, product, monthsAgo, cents) = input;
            var line = new MonthlyRevenue(
                new CustomerId($"c{customer}"), // c4 and beyond may have no DPOR at all
                new ProductCode(RandomPartners.Products[product]),
                Month.Of(sample.AsOf).Plus(-monthsAgo),
                new Usd(cents / 100m));
            var facts = sample.Facts with { Revenue = [.. sample.Facts.Revenue, line] };

            var before = sample.Evaluate();
            var after = sample.Evaluate(facts);
            Assert.True(after.Rank() >= before.Rank());
            Assert.True(after.TtmRevenueUsd >= before.TtmRevenueUsd);
        }, iter: PropertyChecks.Iterations);
    }
}
