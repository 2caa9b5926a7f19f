using Attain.Core.Model;
using Attain.Core.Serialization;

namespace Attain.Web.Partners;

/// <summary>Which partners a list shows: by level, market, at-risk, and a search over id and name.</summary>
public sealed record PartnerFilter(string? Level, Market? Market, bool? AtRisk, string? Search)
{
    public static readonly PartnerFilter All = new(null, null, null, null);

    /// <summary>Reads the query values; the levels are the catalog's (and none), so a new level needs no change here.</summary>
    public static bool TryParse(IReadOnlyCollection<string> levels, string? level, string? market, string? atRisk, string? search, out PartnerFilter filter, out string? error)
    {
        ArgumentNullException.ThrowIfNull(levels);
        filter = All;
        error = level is null or "" or LevelNames.None || levels.Contains(level)
            ? null
            : $"level: '{level}' is not one of {string.Join(", ", levels.Append(LevelNames.None))}.";
        Market? parsedMarket = market switch
        {
            null or "" => null,
            "developed" => Core.Model.Market.Developed,
            "developing" => Core.Model.Market.Developing,
            _ => null,
        };
        if (parsedMarket is null && market is { Length: > 0 })
        {
            error ??= $"market: '{market}' is not developed or developing.";
        }

        bool? parsedRisk = atRisk switch
        {
            null or "" => null,
            "true" => true,
            "false" => false,
            _ => null,
        };
        if (parsedRisk is null && atRisk is { Length: > 0 })
        {
            error ??= $"atRisk: '{atRisk}' is not true or false.";
        }

        filter = new PartnerFilter(level is { Length: > 0 } ? level : null, parsedMarket, parsedRisk, search is { Length: > 0 } ? search.Trim() : null);
        return error is null;
    }

    public bool Matches(PartnerSummary partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return (Level is null || partner.Level == Level)
            && (Market is null || partner.Market == Market)
            && (AtRisk is null || partner.AtRisk == AtRisk)
            && (Search is null
                || partner.PartnerId.Value.Contains(Search, StringComparison.OrdinalIgnoreCase)
                || partner.Name.Contains(Search, StringComparison.OrdinalIgnoreCase));
    }
}
