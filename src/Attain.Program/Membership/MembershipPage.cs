namespace Attain.Program.Membership;

/// <summary>A page of a membership list from the stored evaluation, the list's total, and the reminder counts under the same level and market filters.</summary>
public sealed record MembershipPage(IReadOnlyList<MembershipEntry> Items, int Page, int PageSize, int Total, ReminderCounts Counts, DateOnly AsOf, int CatalogVersion);
