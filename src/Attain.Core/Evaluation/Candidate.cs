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

    /// <summary>This individual as they would count on a later <paramref name="day"/>: the same passes, fewer of them still accepted (SPEC §5).</summary>
    internal Candidate On(DateOnly day, CatalogIndex index)
    {
        var mask = 0;
        foreach (var exam in Exams)
        {
            mask |= index.GroupsOn(exam, day);
        }

        return mask == GroupMask ? this : this with { Groups = index.SetOf(mask), GroupMask = mask };
    }

    public bool Covers(IEnumerable<ExamGroupId> groups) => groups.All(Groups.Contains);

    public int Missing(IEnumerable<ExamGroupId> groups) => groups.Count(group => !Groups.Contains(group));

    internal bool Covers(int groupMask) => (GroupMask & groupMask) == groupMask;

    internal int Missing(int groupMask) => BitOperations.PopCount((uint)(groupMask & ~GroupMask));
}
