using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>A pass of an individual that counts today and no longer counts after <see cref="AcceptedUntil"/> (SPEC §5).</summary>
public sealed record AcceptanceEnd(IndividualId Individual, string Name, ExamCode Exam, DateOnly AcceptedUntil);
