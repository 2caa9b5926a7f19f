using System.Globalization;

namespace Attain.Core.Model;

/// <summary>An amount of US dollars. Money is decimal, never floating point: sums must be exact to the cent.</summary>
public readonly record struct Usd(decimal Amount) : IComparable<Usd>
{
    public static readonly Usd Zero = new(0m);

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
