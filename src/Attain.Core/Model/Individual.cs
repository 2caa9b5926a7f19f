namespace Attain.Core.Model;

/// <summary>A person associated with one partner over an interval, with the exams they passed.</summary>
public sealed record Individual(IndividualId Id, string Name, DateInterval Association, IReadOnlyList<ExamPass> Passes)
{
    /// <summary>SPEC §2: only individuals associated on the as-of date count.</summary>
    public bool IsAssociatedOn(DateOnly day) => Association.Contains(day);

    public bool HasPassed(ExamCode exam, DateOnly onOrBefore) =>
        Passes.Any(pass => pass.Exam == exam && pass.PassedOn <= onOrBefore);
}
