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
        ArgumentNullException.ThrowIfNull(context);
        var required = ThresholdFor(context.Market);
        var found = context.Revenue.Total;
        return new RevenueOutcome(Id, found >= required, context.Market, found, required, Usd.Max(Usd.Zero, required - found));
    }

    public override PlanStep? Plan(EvaluationContext context, RequirementOutcome outcome) =>
        outcome is RevenueOutcome { Met: false } revenue ? new RevenuePlanStep(Id, revenue.Shortfall) : null;

    public override DateOnly? LapsesOn(EvaluationContext context) =>
        (context ?? throw new ArgumentNullException(nameof(context))).Revenue.FirstMonthBelow(ThresholdFor(context.Market))?.FirstDay;
}
