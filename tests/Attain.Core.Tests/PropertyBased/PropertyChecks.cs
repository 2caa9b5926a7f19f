using Attain.Core.Catalog.Requirements;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.PropertyBased;

/// <summary>What the properties share: the engine run on a random partner, and sizes that keep each property fast.</summary>
public static class PropertyChecks
{
    /// <summary>Samples per property: each runs in well under a second on the shared two-core machine.</summary>
    public const long Iterations = 400;

    public static PartnerEvaluation Evaluate(this RandomPartner sample) =>
        CompetencyEvaluator.Evaluate(ShippedCatalog.Instance, sample.Facts, sample.AsOf);

    public static PartnerEvaluation Evaluate(this RandomPartner sample, PartnerFacts facts) =>
        CompetencyEvaluator.Evaluate(ShippedCatalog.Instance, facts, sample.AsOf);

    public static ExamSlots ExamRequirementOf(string level) =>
        ShippedCatalog.Instance.Latest.Level(new LevelId(level)).Requirements.OfType<ExamSlots>().Single();

    /// <summary>0 for no level, then 1, 2 … in the catalog's order from lowest to highest.</summary>
    public static int Rank(this PartnerEvaluation evaluation) =>
        evaluation.Level is { } level ? ShippedCatalog.Instance.Latest.Levels.ToList().FindIndex(definition => definition.Id == level) + 1 : 0;
}
