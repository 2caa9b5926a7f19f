using Attain.Core.Evaluation;

namespace Attain.Program.Partners;

/// <summary>A page of partners, how many matched in all, and which evaluation (as-of date, catalog version) the figures are from.</summary>
public sealed record PartnerPage(IReadOnlyList<PartnerStanding> Items, int Page, int PageSize, int Total, DateOnly AsOf, int CatalogVersion);
