using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Core.Serialization;
using Attain.Web.Evaluation;

namespace Attain.Web.Partners;

/// <summary>One partner in a list: where it stands as of a date, in figures.</summary>
public sealed record PartnerSummary(
    PartnerId PartnerId,
    string Name,
    CountryCode Country,
    Market Market,
    string Level,
    Usd TtmRevenueUsd,
    string? NextLevel,
    Usd? RevenueShortfallUsd,
    int? AdditionalExamPasses,
    DateOnly? LapseOn,
    bool AtRisk)
{
    public static PartnerSummary Of(PartnerEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var steps = evaluation.Plan?.Steps ?? [];
        return new PartnerSummary(
            evaluation.PartnerId,
            evaluation.PartnerName,
            evaluation.Country,
            evaluation.Market,
            evaluation.Level?.Value ?? LevelNames.None,
            evaluation.TtmRevenueUsd,
            evaluation.Plan?.Level.Value,
            steps.OfType<RevenuePlanStep>().Select(step => (Usd?)step.Shortfall).FirstOrDefault(),
            evaluation.Plan is null ? null : steps.OfType<ExamPlanStep>().Sum(step => step.AdditionalPasses),
            evaluation.Lapse?.On,
            Evaluation.AtRisk.Is(evaluation));
    }
}
