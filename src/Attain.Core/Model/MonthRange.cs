namespace Attain.Core.Model;

/// <summary>An inclusive range of whole months, such as a trailing-twelve-month window.</summary>
public readonly record struct MonthRange(Month First, Month Last)
{
    public bool Contains(Month month) => First <= month && month <= Last;

    public int Count => Last.MonthsSince(First) + 1;

    public IEnumerable<Month> Months()
    {
        for (var month = First; month <= Last; month = month.Plus(1))
        {
            yield return month;
        }
    }

    public override string ToString() => $"{First}..{Last}";
}
