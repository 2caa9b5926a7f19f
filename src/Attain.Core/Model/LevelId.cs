namespace Attain.Core.Model;

/// <summary>A competency level as named in the catalog, such as silver or gold.</summary>
public readonly record struct LevelId(string Value) : IComparable<LevelId>
{
    public int CompareTo(LevelId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
