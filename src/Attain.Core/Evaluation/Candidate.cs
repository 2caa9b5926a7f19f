using System.Numerics;
using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// An individual who counts on the as-of date, with the exams they had passed by then and the exam groups
/// those satisfy. This is all the slot matching needs to know about a person.
/// </summary>
public sealed record Candidate(IndividualId Id, string Name, DateInterval Association, IReadOnlyList<ExamCode> Exams, IReadOnlySet<ExamGroupId> Groups)
{
    public DateOnly? AssociatedUntil => Association.To;

    /// <summary><see cref="Groups"/> as bits of the catalog's group order (<see cref="CatalogIndex"/>): the matching's inner loops use this.</summary>
    internal int GroupMask { get; init; }

    public bool IsAssociatedOn(DateOnly day) => Association.Contains(day);

    public bool Covers(IEnumerable<ExamGroupId> groups) => groups.All(Groups.Contains);

    public int Missing(IEnumerable<ExamGroupId> groups) => groups.Count(group => !Groups.Contains(group));

    internal bool Covers(int groupMask) => (GroupMask & groupMask) == groupMask;

    internal int Missing(int groupMask) => BitOperations.PopCount((uint)(groupMask & ~GroupMask));
}
