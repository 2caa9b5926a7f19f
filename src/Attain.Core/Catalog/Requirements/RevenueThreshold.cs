using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Catalog.Requirements;

/// <summary>
/// Trailing-twelve-month net new revenue of qualifying products, from customers the partner is DPOR for,
/// at or above a threshold that depends on the partner's market (SPEC §1–2).
/// </summary>
public sealed record RevenueThreshold(string Id, LocalizedText Description, IReadOnlyDictionary<Market, Usd> ThresholdByMarket)
    : Requirement(Id, Description)
{
    public Usd ThresholdFor(Market market) => ThresholdByMarket[market];

    public override RequirementOutcome Evaluate(EvaluationContext context)
    {
        var required = ThresholdFor(context.Market);
        var found = context.Revenue.Total;
        return new RevenueOutcome(Id, found >= required, context.Market, found, required, Usd.Max(Usd.Zero, required - found));
    }

    public override PlanStep? Plan(EvaluationContext context)
    {
        var outcome = (RevenueOutcome)Evaluate(context);
        return outcome.Met ? null : new RevenuePlanStep(Id, outcome.Shortfall);
    }

    public override DateOnly? LapsesOn(EvaluationContext context) =>
        context.Revenue.FirstMonthBelow(ThresholdFor(context.Market))?.FirstDay;
}
