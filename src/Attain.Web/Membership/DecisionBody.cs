namespace Attain.Web.Membership;

/// <summary>
/// A decision's body: why (required), from which day (<c>on</c>, default today), until when (defer and override:
/// default 3 months, at most 12), which level (override) and which override (revoke: its decision number).
/// Dates are strings read by hand, so a bad one is a problem naming the field.
/// </summary>
public sealed record DecisionBody(string? Reason = null, string? On = null, string? Until = null, string? Level = null, long? Override = null);
