using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>A set of exams any one of which satisfies the group, such as the deployment exams.</summary>
public sealed record ExamGroup(ExamGroupId Id, LocalizedText Name, IReadOnlyList<ExamCode> Exams)
{
    public bool Contains(ExamCode exam) => Exams.Contains(exam);
}
