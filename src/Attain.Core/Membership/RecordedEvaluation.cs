using Attain.Core.Model;

namespace Attain.Core.Membership;

/// <summary>A stored evaluation as membership sees it: the day it was as of and the level it qualified for (null: none).</summary>
public sealed record RecordedEvaluation(DateOnly AsOf, LevelId? QualifyingLevel);
