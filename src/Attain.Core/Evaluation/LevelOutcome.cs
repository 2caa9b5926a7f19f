using Attain.Core.Model;

namespace Attain.Core.Evaluation;

public sealed record LevelOutcome(LevelId Level, bool Met, IReadOnlyList<RequirementOutcome> Requirements);
