using System.Globalization;

namespace Attain.Core.Model;

/// <summary>An amount of US dollars. Money is decimal, never floating point: sums must be exact to the cent.</summary>
public readonly record struct Usd(decimal Amount) : IComparable<Usd>
{
    public static readonly Usd Zero = new(0m);

    /// <summary>
    /// The largest magnitude a revenue amount can have (SPEC §7, issue #9): one customer's net new revenue for one
    /// product in one month. No company has ever had a trillion dollars of revenue in a year, so a line beyond it is a
    /// mistake. It also keeps sums exact: a decimal holds 7.9 × 10^28, so lines within ±10^12 cannot overflow a
    /// sum of fewer than 7.9 × 10^16 of them — far more than any store holds.
    /// </summary>
    public const decimal Limit = 1_000_000_000_000.00m;

    /// <summary>Whether <paramref name="amount"/> is within ±<see cref="Limit"/>.</summary>
    public static bool IsWithinLimit(decimal amount) => amount is >= -Limit and <= Limit;

    public static Usd operator +(Usd left, Usd right) => new(left.Amount + right.Amount);
    public static Usd operator -(Usd left, Usd right) => new(left.Amount - right.Amount);
    public static Usd operator -(Usd value) => new(-value.Amount);
    public static bool operator <(Usd left, Usd right) => left.Amount < right.Amount;
    public static bool operator >(Usd left, Usd right) => left.Amount > right.Amount;
    public static bool operator <=(Usd left, Usd right) => left.Amount <= right.Amount;
    public static bool operator >=(Usd left, Usd right) => left.Amount >= right.Amount;

    public static Usd Max(Usd left, Usd right) => left >= right ? left : right;

    public int CompareTo(Usd other) => Amount.CompareTo(other.Amount);

    public Usd Add(Usd other) => this + other;

    public Usd Subtract(Usd other) => this - other;

    public Usd Negate() => -this;

    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture);
}
