namespace Attain.Web.Partners;

/// <summary>A page of partners, in partner id order, and how many matched in all.</summary>
public sealed record PartnerPage(IReadOnlyList<PartnerSummary> Items, int Page, int PageSize, int Total, DateOnly AsOf);
