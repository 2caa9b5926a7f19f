using Attain.Core.Model;

namespace Attain.Program.Impact;

/// <summary>
/// Which impacted partners to list: a transition's levels (machine names, `none` for no level; null: any) and a market
/// (null: any). The page, the API and the CSV download filter the same way.
/// </summary>
public sealed record ImpactFilter(string? From = null, string? To = null, Market? Market = null)
{
    public bool Matches(ImpactedPartner partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        return (From is null || partner.Transition.FromKey == From)
            && (To is null || partner.Transition.ToKey == To)
            && (Market is null || partner.Market == Market);
    }
}
