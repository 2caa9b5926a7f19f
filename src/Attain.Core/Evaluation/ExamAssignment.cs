using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// One seat of a slot in the plan: a current individual (<see cref="Individual"/>) or the n-th new person the
/// partner would have to bring in (<see cref="NewIndividual"/>), and the exams still to pass, one per group.
/// </summary>
public sealed record ExamAssignment(SlotId Slot, IndividualId? Individual, string? Name, int? NewIndividual, IReadOnlyList<ExamChoice> Exams);
