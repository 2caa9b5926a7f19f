using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>A requirement of a level met under one set of rules and not under the other.</summary>
public sealed record RequirementFlip(LevelId Level, string RequirementId, bool WasMet, bool IsMet);
