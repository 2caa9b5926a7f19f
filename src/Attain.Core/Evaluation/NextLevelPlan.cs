using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>What stands between the partner and the next level: one step per requirement not yet met.</summary>
public sealed record NextLevelPlan(LevelId Level, IReadOnlyList<PlanStep> Steps);
