namespace Attain.Web.Impact;

/// <summary>
/// An impact run as the API answers it: its state and progress, and once it has succeeded the versions compared, the
/// counts per transition and one page of the partners that match the filters. Levels as in SPEC §4 (`none` for none).
/// </summary>
public sealed record ImpactRunView(
    string Id,
    string State,
    string Proposal,
    DateOnly AsOf,
    long Total,
    long Done,
    string? Failure,
    DateOnly? VersionInForce,
    DateOnly? VersionProposed,
    IReadOnlyList<ImpactTransitionView>? Transitions,
    int? Matching,
    int Page,
    int PageSize,
    IReadOnlyList<ImpactPartnerView>? Partners);
