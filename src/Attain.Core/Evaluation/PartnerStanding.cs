using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// Where one partner stands as of a date, as a row of every list: the program table, the CSV report, the API's
/// partner list, the dashboard. Made here, from the evaluation, so that all of them show the same figures; the
/// store keeps the latest of each partner (the read model) so lists need not evaluate again.
/// </summary>
public sealed record PartnerStanding(
    PartnerId PartnerId,
    string Name,
    CountryCode Country,
    Market Market,
    LevelId? Level,
    Usd TtmRevenueUsd,
    NextStep? Next,
    DateOnly? LapseOn,
    string? LapseRequirementId,
    bool AtRisk,
    DateOnly AsOf)
{
    /// <summary>The revenue still missing for the next level; null (never 0.00) when revenue is not what is missing or there is no next level.</summary>
    public Usd? RevenueShortfallUsd => Next?.RevenueShortfallUsd;

    public static PartnerStanding Of(PartnerEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new PartnerStanding(
            evaluation.PartnerId,
            evaluation.PartnerName,
            evaluation.Country,
            evaluation.Market,
            evaluation.Level,
            evaluation.TtmRevenueUsd,
            NextStep.Of(evaluation.Plan),
            evaluation.Lapse?.On,
            evaluation.Lapse?.RequirementId,
            LapseWarning.Is(evaluation),
            evaluation.AsOf);
    }
}
