namespace Attain.Core.Model;

/// <summary>An exam code as published, such as MB2-714.</summary>
public readonly record struct ExamCode(string Value) : IComparable<ExamCode>
{
    public int CompareTo(ExamCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
