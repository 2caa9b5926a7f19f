namespace Attain.Core.Model;

/// <summary>
/// Everything the engine needs to know about one partner: its individuals, the customers it has been
/// DPOR for, and those customers' revenue. Revenue of other customers may be present; the engine ignores it.
/// </summary>
public sealed record PartnerFacts(
    Partner Partner,
    IReadOnlyList<Individual> Individuals,
    IReadOnlyList<DporInterval> Dpor,
    IReadOnlyList<MonthlyRevenue> Revenue);
