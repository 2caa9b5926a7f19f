namespace Attain.Program.Partners;

/// <summary>The columns a partner list sorts by; each has an index in the read model.</summary>
public enum PartnerSort
{
    PartnerId,
    Name,
    Country,
    Market,
    Level,
    TtmRevenueUsd,
    NextLevel,
    RevenueShortfallUsd,
    LapseOn,
    AtRisk,
}
