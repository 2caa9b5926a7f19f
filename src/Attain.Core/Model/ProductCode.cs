namespace Attain.Core.Model;

/// <summary>A product code as used in revenue data, such as crm-online.</summary>
public readonly record struct ProductCode(string Value) : IComparable<ProductCode>
{
    public int CompareTo(ProductCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
