using Attain.Core.Model;

namespace Attain.Program.Partners;

/// <summary>
/// Which partners a list shows and in which order: by level ("none" or a catalog level), market, at-risk, and a
/// search over id and name (case-insensitive, the text taken literally), sorted by any column, a page at a time.
/// </summary>
public sealed record PartnerQuery(
    string? Level = null,
    Market? Market = null,
    bool? AtRisk = null,
    string? Search = null,
    PartnerSort Sort = PartnerSort.PartnerId,
    bool Descending = false,
    int Page = 1,
    int PageSize = 50);
