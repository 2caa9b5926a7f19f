using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>The additional TTM net new revenue needed, from customers the partner is DPOR for.</summary>
public sealed record RevenuePlanStep(string RequirementId, Usd Shortfall) : PlanStep(RequirementId)
{
    public override PlanFigures Figures() => new(Shortfall, 0, 0);
}
