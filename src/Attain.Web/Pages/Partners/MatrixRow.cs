using Attain.Core.Model;

namespace Attain.Web.Pages.Partners;

/// <summary>One individual in the individuals × exams matrix: which exams they passed, and the slots they fill per level.</summary>
public sealed record MatrixRow(IndividualId Id, string Name, IReadOnlySet<ExamCode> Passed, IReadOnlyList<string> Fills);
