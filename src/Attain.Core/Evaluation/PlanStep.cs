using System.Text.Json.Serialization;

namespace Attain.Core.Evaluation;

/// <summary>What it takes to meet one requirement of the next level.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(RevenuePlanStep), "revenue")]
[JsonDerivedType(typeof(ExamPlanStep), "examSlots")]
public abstract record PlanStep(string RequirementId)
{
    /// <summary>This step in the figures of every list's next step. A method, not a property: it is not part of the JSON.</summary>
    public abstract PlanFigures Figures();
}
