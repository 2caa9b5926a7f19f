using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>An exam with its published title.</summary>
public sealed record Exam(ExamCode Code, string Title);
