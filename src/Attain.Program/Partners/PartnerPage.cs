using Attain.Core.Evaluation;

namespace Attain.Program.Partners;

/// <summary>
/// A page of partners, how many matched in all, and which evaluation (as-of date, catalog version) the figures are from.
/// <see cref="TotalExact"/> is false when a search matched more than <see cref="PartnerList.SearchCountLimit"/>
/// partners: <see cref="Total"/> is then that limit, and there are more.
/// </summary>
public sealed record PartnerPage(IReadOnlyList<PartnerStanding> Items, int Page, int PageSize, int Total, bool TotalExact, DateOnly AsOf, int CatalogVersion);
