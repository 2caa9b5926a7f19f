namespace Attain.Core.Model;

/// <summary>Identifies a partner organisation. A distinct type, so it is never confused with another kind of id.</summary>
public readonly record struct PartnerId(string Value) : IComparable<PartnerId>
{
    public int CompareTo(PartnerId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
