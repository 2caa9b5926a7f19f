using Attain.Core.Evaluation;
using Attain.Core.Explanation;

namespace Attain.Core.Catalog.Requirements;

/// <summary>
/// One requirement of a level. Each kind of requirement is one small type that knows how to evaluate, plan and
/// forecast itself and how to say so (with its texts in Texts.resx); hosts render any kind through the same shapes
/// (<see cref="ChecklistItem"/>, <see cref="PlanFigures"/>, <see cref="RequirementOutcome.Fills"/>). The figures it
/// checks come from the catalog file, never from code.
/// </summary>
public abstract record Requirement(string Id, LocalizedText Description)
{
    public abstract RequirementOutcome Evaluate(EvaluationContext context);

    /// <summary>
    /// What it would take to meet this requirement, or null when it is met already. <paramref name="outcome"/> is
    /// this requirement's <see cref="Evaluate"/> on the same context: the plan starts from it instead of evaluating again.
    /// </summary>
    public abstract PlanStep? Plan(EvaluationContext context, RequirementOutcome outcome);

    /// <summary>
    /// The first day after the as-of date on which this requirement would stop being met if nothing new
    /// happened (no new revenue, no new exam passes), or null when it would stay met.
    /// </summary>
    public abstract DateOnly? LapsesOn(EvaluationContext context);

    /// <summary>The checklist lines of <paramref name="outcome"/> (this requirement's), the first for the requirement itself.</summary>
    public abstract IEnumerable<ChecklistItem> Describe(RequirementOutcome outcome, RequirementWording words);

    /// <summary>The sentences of <paramref name="plan"/> (this requirement's <see cref="Plan"/>).</summary>
    public abstract IEnumerable<string> DescribePlan(PlanStep plan, RequirementWording words);

    /// <summary>Why <paramref name="level"/> lapses on <paramref name="day"/> because of this requirement.</summary>
    public abstract string DescribeLapse(Model.LevelId level, DateOnly day, RequirementWording words);

    /// <summary>The exam slots this requirement defines (none for most kinds): their names, for the matrix and the plan.</summary>
    public virtual IEnumerable<SlotDefinition> SlotDefinitions() => [];
}
