namespace Attain.Core.Model;

/// <summary>A kind of exam slot of a level, such as app-deployment or customization.</summary>
public readonly record struct SlotId(string Value) : IComparable<SlotId>
{
    public int CompareTo(SlotId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
