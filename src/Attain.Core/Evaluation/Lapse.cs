using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>The first day on which the held level would be lost if nothing new happened, and the requirement that fails.</summary>
public sealed record Lapse(LevelId Level, DateOnly On, string RequirementId);
