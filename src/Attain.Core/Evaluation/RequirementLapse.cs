namespace Attain.Core.Evaluation;

/// <summary>The first day after the as-of date on which one requirement of the held level would stop being met.</summary>
public sealed record RequirementLapse(string RequirementId, DateOnly On);
