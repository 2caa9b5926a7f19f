namespace Attain.Web.Impact;

/// <summary>"Gold → Silver: 12" in JSON.</summary>
public sealed record ImpactTransitionView(string FromLevel, string ToLevel, int Partners);
