using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>One exam pass still needed: any one of <see cref="Options"/>, which make up the group.</summary>
public sealed record ExamChoice(ExamGroupId Group, IReadOnlyList<ExamCode> Options);
