using Attain.Core.Evaluation;

namespace Attain.Core.Catalog.Requirements;

/// <summary>
/// One requirement of a level. Each kind of requirement is one small type that knows how to evaluate
/// itself; the figures it checks come from the catalog file, never from code.
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
}
