using Attain.Core.Evaluation;
using Attain.Core.Explanation;
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

    public override IEnumerable<ChecklistItem> Describe(RequirementOutcome outcome, RequirementWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var revenue = (RevenueOutcome)outcome;
        yield return new ChecklistItem(
            revenue.Met,
            words.Say(nameof(Texts.Revenue_Item), words.Text(Description), words.MarketName(revenue.Market), words.Money(revenue.Found), words.Money(revenue.Required)),
            revenue.Met ? null : words.Say(nameof(Texts.Revenue_Shortfall), words.Money(revenue.Shortfall)),
            0,
            new ChecklistFigures(revenue.Found.Amount, revenue.Required.Amount, words.Money(revenue.Found), words.Money(revenue.Required)));
    }

    public override IEnumerable<string> DescribePlan(PlanStep plan, RequirementWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return [words.Say(nameof(Texts.Plan_Revenue), words.Money(((RevenuePlanStep)plan).Shortfall))];
    }

    public override string DescribeLapse(LevelId level, DateOnly day, RequirementWording words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return words.Say(nameof(Texts.Lapse_Revenue), words.LevelName(level), words.Date(day), words.Money(ThresholdFor(words.Evaluation.Market)));
    }
}
