namespace Attain.Core.Model;

public sealed record ExamPass(ExamCode Exam, DateOnly PassedOn);
