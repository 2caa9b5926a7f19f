using Attain.Core.Model;

namespace Attain.Core.Evaluation;

public sealed record RevenueOutcome(string RequirementId, bool Met, Market Market, Usd Found, Usd Required, Usd Shortfall)
    : RequirementOutcome(RequirementId, Met);
