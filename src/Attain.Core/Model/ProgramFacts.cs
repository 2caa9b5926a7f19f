namespace Attain.Core.Model;

/// <summary>
/// The facts of a whole program held in memory (from a data folder or a store): partners, their
/// individuals and DPOR intervals, and every customer's revenue. Hands out one partner's facts at a time.
/// </summary>
public sealed class ProgramFacts
{
    private readonly Dictionary<PartnerId, Partner> _partners;
    private readonly ILookup<PartnerId, Individual> _individuals;
    private readonly ILookup<PartnerId, DporInterval> _dpor;
    private readonly ILookup<CustomerId, MonthlyRevenue> _revenue;

    public ProgramFacts(
        IEnumerable<Partner> partners,
        IEnumerable<(PartnerId Partner, Individual Individual)> individuals,
        IEnumerable<(PartnerId Partner, DporInterval Interval)> dpor,
        IEnumerable<MonthlyRevenue> revenue)
    {
        _partners = partners.ToDictionary(partner => partner.Id);
        _individuals = individuals.ToLookup(entry => entry.Partner, entry => entry.Individual);
        _dpor = dpor.ToLookup(entry => entry.Partner, entry => entry.Interval);
        _revenue = revenue.ToLookup(line => line.Customer);
        Partners = [.. _partners.Values.OrderBy(partner => partner.Id)];
    }

    /// <summary>Every partner, ordered by id.</summary>
    public IReadOnlyList<Partner> Partners { get; }

    public bool Contains(PartnerId id) => _partners.ContainsKey(id);

    public PartnerFacts FactsOf(PartnerId id)
    {
        var partner = _partners.TryGetValue(id, out var found) ? found : throw new KeyNotFoundException($"Partner {id} is not in the program.");
        var dpor = _dpor[id].ToList();
        var revenue = dpor.Select(interval => interval.Customer).Distinct().SelectMany(customer => _revenue[customer]).ToList();
        return new PartnerFacts(partner, [.. _individuals[id]], dpor, revenue);
    }

    /// <summary>Every partner's facts, in partner id order.</summary>
    public IEnumerable<PartnerFacts> AllFacts() => Partners.Select(partner => FactsOf(partner.Id));
}
