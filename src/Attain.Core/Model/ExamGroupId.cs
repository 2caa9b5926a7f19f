namespace Attain.Core.Model;

/// <summary>An exam group of the catalog, such as app, deployment or customization.</summary>
public readonly record struct ExamGroupId(string Value) : IComparable<ExamGroupId>
{
    public int CompareTo(ExamGroupId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
