using Attain.Core.Model;
using CsCheck;

namespace Attain.Core.Tests.PropertyBased;

/// <summary>
/// Generators of small partners: 0–6 individuals with random subsets of the seven exams, random pass dates
/// (a few after the as-of date) and random associations; 0–4 customers with 0–2 DPOR intervals each and
/// revenue lines around the TTM window, of qualifying and other products, some of them negative.
/// </summary>
public static class RandomPartners
{
    public static readonly string[] Exams = ["MB2-714", "MB2-713", "MB2-709", "MB2-710", "MB2-706", "MB2-712", "MB2-707"];

    /// <summary>The two qualifying products twice as likely as the others, so that levels are often held.</summary>
    public static readonly string[] Products = ["crm-online", "d365-plan1", "crm-online", "d365-plan1", "d365-plan2", "azure", "not-in-the-catalog"];

    /// <summary>Three countries of each market (catalog/cloud-crm.json), so that a country is never mistaken for its market.</summary>
    public static readonly string[] Countries = ["US", "DE", "JP", "IN", "BR", "VN"];

    private static readonly DateOnly Start = new(2016, 1, 1);

    public static Gen<DateOnly> AsOf { get; } = Gen.Int[0, 1500].Select(days => Start.AddDays(days));

    public static Gen<RandomPartner> Partner { get; } =
        from asOf in AsOf
        from country in Gen.Int[0, Countries.Length - 1]
        from individuals in Individual(asOf).Array[0, 6]
        from customers in Customer(asOf).Array[0, 4]
        select Build(asOf, Countries[country], individuals, customers);

    private static Gen<Func<int, Individual>> Individual(DateOnly asOf) =>
        from exams in Gen.Int[0, 127]
        from passedDaysAgo in Gen.Int[-30, 700].Array[Exams.Length]
        from joined in Gen.Int[-700, 20].Nullable()
        from leaves in Gen.Int[-20, 300].Nullable()
        select new Func<int, Individual>(index =>
        {
            var start = joined is { } days ? asOf.AddDays(days) : (DateOnly?)null;
            var end = leaves is { } later ? asOf.AddDays(later) : (DateOnly?)null;
            if (start is { } s && end is { } e && e <= s)
            {
                end = s.AddDays(1);
            }

            var passes = Enumerable.Range(0, Exams.Length)
                .Where(exam => (exams & (1 << exam)) != 0)
                .Select(exam => new ExamPass(new ExamCode(Exams[exam]), asOf.AddDays(-passedDaysAgo[exam])))
                .ToList();
            return new Individual(new IndividualId($"i{index}"), $"Individual {index}", new DateInterval(start, end), passes);
        });

    private static Gen<Func<int, (List<DporInterval> Dpor, List<MonthlyRevenue> Revenue)>> Customer(DateOnly asOf) =>
        from intervals in Gen.Select(Gen.Int[-700, 10].Nullable(), Gen.Int[1, 500].Nullable()).Array[0, 2]
        from lines in Gen.Select(Gen.Int[-15, 1], Gen.Int[0, Products.Length - 1], Gen.Int[-3_000_000, 25_000_000]).Array[0, 8]
        select new Func<int, (List<DporInterval>, List<MonthlyRevenue>)>(index =>
        {
            var customer = new CustomerId($"c{index}");
            var dpor = intervals
                .Select(interval =>
                {
                    var start = interval.Item1 is { } days ? asOf.AddDays(days) : (DateOnly?)null;
                    var end = interval.Item2 is { } length ? (start ?? asOf.AddDays(-700)).AddDays(length) : (DateOnly?)null;
                    return new DporInterval(customer, new DateInterval(start, end));
                })
                .ToList();
            var revenue = lines
                .Select(line => new MonthlyRevenue(customer, new ProductCode(Products[line.Item2]), Month.Of(asOf).Plus(line.Item1), new Usd(line.Item3 / 100m)))
                .ToList();
            return (dpor, revenue);
        });

    private static RandomPartner Build(
        DateOnly asOf,
        string country,
        Func<int, Individual>[] individuals,
        Func<int, (List<DporInterval> Dpor, List<MonthlyRevenue> Revenue)>[] customers)
    {
        var built = customers.Select((customer, index) => customer(index)).ToList();
        var partner = new Partner(new PartnerId("P"), "Random partner", new CountryCode(country));
        return new RandomPartner(
            asOf,
            new PartnerFacts(
                partner,
                [.. individuals.Select((individual, index) => individual(index))],
                [.. built.SelectMany(customer => customer.Dpor)],
                [.. built.SelectMany(customer => customer.Revenue)]));
    }
}
