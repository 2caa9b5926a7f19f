using System.Text.Json.Serialization;

namespace Attain.Core.Evaluation;

/// <summary>Whether one requirement is met, with the figures that show why.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(RevenueOutcome), "revenue")]
[JsonDerivedType(typeof(ExamSlotsOutcome), "examSlots")]
[JsonDerivedType(typeof(ExamSlotSetsOutcome), "examSlotSets")]
public abstract record RequirementOutcome(string RequirementId, bool Met)
{
    /// <summary>Who fills which exam slot, for the individuals × exams matrix; none for a kind without slots. Not part of the JSON.</summary>
    public virtual IEnumerable<SlotFill> Fills() => [];
}
