using System.Globalization;
using System.Text;
using CsCheck;

namespace Attain.Data.Tests.Folder;

/// <summary>
/// Issue #9, fuzzed: revenue.csv accepts every amount within ±1,000,000,000,000.00 with at most 2 decimals, exactly,
/// and rejects every amount beyond it — however many digits — at its own line.
/// </summary>
public sealed class AmountReadingProperties
{
    private const long LimitInCents = 100_000_000_000_000;

    /// <summary>Amounts in cents across the range, the bounds themselves more often than chance would pick them.</summary>
    private static readonly Gen<long> WithinCents = Gen.OneOf(Gen.Long[-LimitInCents, LimitInCents], Gen.Const(LimitInCents), Gen.Const(-LimitInCents));

    /// <summary>Written amounts beyond the limit: just past it, up to decimal's range, and past decimal's range.</summary>
    private static readonly Gen<string> Beyond = Gen.OneOf(
        Gen.Long[LimitInCents + 1, long.MaxValue].Select(cents => Write(cents / 100m)),
        Gen.Decimal.Where(amount => Math.Abs(amount) > 1_000_000_000_000m).Select(amount => Write(decimal.Round(amount, 2))),
        Gen.Char['0', '9'].Array[30, 60].Select(digits => "9" + new string(digits)));

    [Fact]
    public void Every_amount_within_the_limit_with_two_decimals_is_read_exactly()
    {
        Gen.Select(WithinCents.Array[1, 40], Gen.Bool).Sample((cents, twoDecimals) =>
        {
            var amounts = cents.Select(value => value / 100m).ToArray();
            using var folder = DataFolder.Valid().With("revenue.csv", Revenue(amounts.Select(amount => twoDecimals ? amount.ToString("0.00", CultureInfo.InvariantCulture) : Write(amount))));

            var read = folder.Read();

            Assert.True(read.IsValid, string.Join("; ", read.Problems));
            Assert.Equal(amounts, read.Value!.FactsOf(new("P1")).Revenue.Where(line => line.Customer.Value == "C2").Select(line => line.Amount.Amount));
        }, iter: 60);
    }

    [Fact]
    public void Every_amount_beyond_the_limit_is_bad_input_at_its_line()
    {
        Gen.Select(Beyond, Gen.Bool).Array[1, 40].Sample(written =>
        {
            var amounts = written.Select(pair => pair.Item2 && !pair.Item1.StartsWith('-') ? "-" + pair.Item1 : pair.Item1).ToArray();
            using var folder = DataFolder.Valid().With("revenue.csv", Revenue(amounts));

            var read = folder.Read();

            Assert.Equal(
                amounts.Select((amount, index) => $"revenue.csv:{index + 2}: net_new_revenue_usd: '{amount}' is beyond the limit of a revenue amount"),
                read.Problems.Select(problem => problem.ToString()[..problem.ToString().IndexOf(": at most", StringComparison.Ordinal)]));
        }, iter: 60);
    }

    private static string Write(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>revenue.csv with one row of customer C2 (DPOR of P1) per amount, each in a month of its own.</summary>
    private static string Revenue(IEnumerable<string> amounts)
    {
        var text = new StringBuilder("customer_id,product,month,net_new_revenue_usd");
        var month = 0;
        foreach (var amount in amounts)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nC2,crm-online,{2017 + (month / 12)}-{(month % 12) + 1:00},{amount}");
            month++;
        }

        return text.ToString();
    }
}
