namespace Attain.Core.Model;

/// <summary>Identifies an individual (a person who takes exams) in the program's data.</summary>
public readonly record struct IndividualId(string Value) : IComparable<IndividualId>
{
    public int CompareTo(IndividualId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;
}
