using Attain.Core.Model;
using CsCheck;

namespace Attain.Core.Tests.PropertyBased;

/// <summary>
/// Issue #9: whatever amounts the facts hold (an older store may hold any decimal), evaluating never throws; lines
/// within ±<see cref="Usd.Limit"/> count exactly as before, and those beyond it count nowhere and are named.
/// </summary>
public sealed class AmountLimitProperties
{
    private static readonly decimal[] Bounds = [decimal.MaxValue, decimal.MinValue, Usd.Limit, -Usd.Limit, Usd.Limit + 0.01m, -Usd.Limit - 0.01m, 0.001m];

    /// <summary>Amounts at and beyond the bounds, and anywhere in the decimal range.</summary>
    private static readonly Gen<decimal> Extreme = Gen.OneOf(
        Gen.Int[0, Bounds.Length - 1].Select(index => Bounds[index]),
        // Cents, as any store holds them: sums of those within the limit are exact, so the check below can be exact too.
        Gen.Decimal.Select(amount => decimal.Round(amount, 2)),
        Gen.Long[-100_000_000_000_000, 100_000_000_000_000].Select(cents => cents / 100m));

    private static readonly Gen<(RandomPartner Sample, PartnerFacts Facts)> WithExtremeAmounts =
        from sample in RandomPartners.Partner
        from amounts in Extreme.Array[sample.Facts.Revenue.Count]
        from replaced in Gen.Bool.Array[sample.Facts.Revenue.Count]
        select (sample, sample.Facts with
        {
            Revenue = [.. sample.Facts.Revenue.Select((line, index) => replaced[index] ? line with { Amount = new Usd(amounts[index]) } : line)],
        });

    [Fact]
    public void Evaluating_never_throws_and_only_lines_within_the_limit_count()
    {
        WithExtremeAmounts.Sample(pair =>
        {
            var (sample, facts) = pair;
            var window = ReferenceRules.WindowMonths(sample.AsOf);
            var counting = facts.Revenue
                .Where(line => window.Contains(new DateOnly(line.Month.Year, line.Month.Number, 1)) && ReferenceRules.Counts(facts, line))
                .ToList();

            var evaluation = sample.Evaluate(facts);

            var within = counting.Where(line => Math.Abs(line.Amount.Amount) <= Usd.Limit).ToList();
            Assert.Equal(within.Sum(line => line.Amount.Amount), evaluation.TtmRevenueUsd.Amount);
            var beyond = counting.Where(line => Math.Abs(line.Amount.Amount) > Usd.Limit).ToList();
            Assert.Equal(beyond, evaluation.RevenueBeyondLimit ?? []);
            Assert.Equal(beyond.Count == 0, evaluation.RevenueBeyondLimit is null);
            _ = Attain.Core.Serialization.AttainJson.Serialize(evaluation); // the output of such an evaluation is written too
        }, iter: PropertyChecks.Iterations);
    }

    [Fact]
    public void Sums_of_lines_within_the_limit_never_overflow()
    {
        // Twelve months of the most a line can hold, many lines a month, both signs: far from decimal's 7.9e28.
        Gen.Select(Gen.Int[1, 10_000], Gen.Bool).Sample((lines, negative) =>
        {
            var amount = negative ? -Usd.Limit : Usd.Limit;
            var total = Usd.Zero;
            for (var line = 0; line < lines * 12; line++)
            {
                total += new Usd(amount);
            }

            Assert.Equal(amount * lines * 12, total.Amount);
        }, iter: 50);
    }
}
