using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// One exam pass still needed: any one of <see cref="Options"/>. <see cref="Avoided"/> are the group's exams the plan
/// leaves out because they are retired or being phased out (an acceptance end date), with those dates as the reason.
/// </summary>
public sealed record ExamChoice(ExamGroupId Group, IReadOnlyList<ExamCode> Options, IReadOnlyList<Exam> Avoided);
