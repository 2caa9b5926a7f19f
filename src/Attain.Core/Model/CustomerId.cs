namespace Attain.Core.Model;

/// <summary>Identifies a customer of partners; revenue is reported per customer.</summary>
public readonly record struct CustomerId(string Value) : IComparable<CustomerId>
{
    public int CompareTo(CustomerId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
