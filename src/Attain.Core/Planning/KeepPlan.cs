using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Planning;

/// <summary>
/// The cheapest way to keep the held level past its lapse date (issue 11): the same planner as the next level's, aimed at
/// the held level as of <see cref="By"/> with nothing new and without anyone who is leaving. No steps: nothing the
/// partner can do by then is needed, such as a lapse only through a later catalog version dropping the requirement.
/// </summary>
public sealed record KeepPlan(LevelId Level, DateOnly By, IReadOnlyList<PlanStep> Steps);
