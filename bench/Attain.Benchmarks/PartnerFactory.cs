using Attain.Core.Catalog;
using Attain.Core.Model;
using Attain.DataGen;

namespace Attain.Benchmarks;

/// <summary>Builds partners in memory for the benchmarks: seeded, so every run times the same inputs.</summary>
public sealed class PartnerFactory(CompetencyCatalog catalog, ulong seed)
{
    public static readonly DateOnly AsOf = new(2026, 11, 25);

    private readonly SplitMix64 _random = new(seed);
    private readonly ExamGroup[] _groups = [.. catalog.ExamGroups.Values];
    private readonly Product[] _products = [.. catalog.Products.Values.OrderBy(product => product.Code.Value, StringComparer.Ordinal)];
    private readonly string[] _countries = [.. catalog.Markets.Entries.Select(entry => entry.Key.Value)];
    private int _serial;

    /// <summary>Most partners: a handful of customers and individuals.</summary>
    public PartnerFacts Typical() => Create(customers: 3, individuals: 4);

    /// <summary>The largest partners of a program: 500 customers, 50 individuals.</summary>
    public PartnerFacts Large() => Create(customers: 500, individuals: 50);

    public PartnerFacts Random() => Create(_random.Pareto(1.6, 60), _random.Next(1, 9));

    public PartnerFacts Create(int customers, int individuals)
    {
        var id = $"P{++_serial:D7}";
        var partner = new Partner(new PartnerId(id), $"Partner {id}", new CountryCode(_random.Pick(_countries)));
        var firstMonth = Month.Of(AsOf).Plus(-24);
        var dpor = new List<DporInterval>();
        var revenue = new List<MonthlyRevenue>();
        for (var index = 0; index < customers; index++)
        {
            var customer = new CustomerId($"{id}-C{index:D3}");
            var from = firstMonth.Plus(_random.Next(-6, 20)).FirstDay.AddDays(_random.Next(0, 28));
            DateOnly? to = _random.Chance(0.1) ? from.AddDays(_random.Next(40, 500)) : null;
            dpor.Add(new DporInterval(customer, new DateInterval(from, to)));
            var product = _random.Pick(_products).Code;
            var monthly = (decimal)_random.LogNormal(Math.Log(8000), 0.8);
            for (var month = firstMonth; month < Month.Of(AsOf); month = month.Plus(1))
            {
                if (_random.Chance(0.8))
                {
                    var amount = _random.Chance(0.05) ? -monthly / 2 : monthly;
                    revenue.Add(new MonthlyRevenue(customer, product, month, new Usd(decimal.Round(amount, 2))));
                }
            }
        }

        var people = new List<Individual>();
        for (var index = 0; index < individuals; index++)
        {
            var passes = new List<ExamPass>();
            foreach (var group in _groups)
            {
                if (_random.Chance(0.5))
                {
                    passes.Add(new ExamPass(_random.Pick(group.Exams), AsOf.AddDays(_random.Next(-900, 30))));
                }
            }

            DateOnly? leftOn = _random.Chance(0.1) ? AsOf.AddDays(_random.Next(-200, 200)) : null;
            people.Add(new Individual(new IndividualId($"{id}-I{index:D2}"), $"Person {index}", new DateInterval(AsOf.AddDays(-1000), leftOn), passes));
        }

        return new PartnerFacts(partner, people, dpor, revenue);
    }
}
