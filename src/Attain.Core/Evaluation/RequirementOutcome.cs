using System.Text.Json.Serialization;

namespace Attain.Core.Evaluation;

/// <summary>Whether one requirement is met, with the figures that show why.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(RevenueOutcome), "revenue")]
[JsonDerivedType(typeof(ExamSlotsOutcome), "examSlots")]
public abstract record RequirementOutcome(string RequirementId, bool Met);
