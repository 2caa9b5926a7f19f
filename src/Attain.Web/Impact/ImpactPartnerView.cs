using Attain.Core.Evaluation;

namespace Attain.Web.Impact;

/// <summary>One partner whose level would change, with the requirements that flip (`{level, requirementId, wasMet, isMet}`, as the CLI's JSON).</summary>
public sealed record ImpactPartnerView(string PartnerId, string Name, string Market, string FromLevel, string ToLevel, IReadOnlyList<RequirementFlip> Reasons);
