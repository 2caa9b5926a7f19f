using System.Globalization;
using System.Text;
using Attain.Core.Catalog;
using Attain.Core.Model;

namespace Attain.DataGen;

/// <summary>
/// Writes a realistic program data folder (SPEC §3): a developed/developing mix, a heavy-tailed number of
/// customers per partner (most small, a few with hundreds), DPOR hand-overs between partners, 24 months of
/// revenue with refunds, and individuals with exam passes in proportions where Gold, Silver and none all occur.
/// The same settings always give the same files.
/// </summary>
public sealed class ProgramGenerator(CompetencyCatalog catalog, GeneratorSettings settings)
{
    private static readonly string[] Brands = ["Contoso", "Fabrikam", "Northwind", "Adatum", "Litware", "Tailspin", "Woodgrove", "Proseware", "Alpine Ski", "Coho", "Lucerne", "Trey", "Wide World", "Wingtip", "Sakura", "Fuji", "Mumbai", "Sao Paulo"];
    private static readonly string[] Kinds = ["Consulting", "Cloud", "Systems", "Solutions", "Digital", "Partners", "Services", "Group"];
    private static readonly string[] GivenNames = ["Aiko", "Ben", "Carla", "Deepa", "Eitan", "Fatima", "Goro", "Hana", "Ivan", "Julia", "Kenji", "Lucia", "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rui", "Sofia", "Taro"];
    private static readonly string[] FamilyNames = ["Suzuki", "Smith", "Garcia", "Sharma", "Cohen", "Haddad", "Tanaka", "Silva", "Petrov", "Müller", "Nakamura", "Rossi", "Kim", "Nguyen", "Okafor", "Dubois"];

    private readonly SplitMix64 _random = new(settings.Seed);
    private readonly Month _lastMonth = Month.Of(settings.AsOf).Plus(-1);
    private readonly Month _firstMonth = Month.Of(settings.AsOf).Plus(-GeneratorSettings.MonthsOfRevenue);

    public GeneratedCounts Write(IProgress<int>? progress = null)
    {
        Directory.CreateDirectory(settings.OutputFolder);
        using var partners = Open("partners.csv", "partner_id,name,country");
        using var individuals = Open("individuals.csv", "individual_id,partner_id,name,associated_from,associated_to");
        using var passes = Open("exam_passes.csv", "individual_id,exam,passed_on");
        using var dpor = Open("dpor.csv", "customer_id,partner_id,from,to");
        using var revenue = Open("revenue.csv", "customer_id,product,month,net_new_revenue_usd");

        var countries = catalog.Markets.Entries.ToLookup(entry => entry.Value, entry => entry.Key.Value);
        var developed = countries[Market.Developed].ToArray();
        var developing = countries[Market.Developing].ToArray();
        var products = catalog.Products.Values.OrderBy(product => product.Code.Value, StringComparer.Ordinal).ToArray();
        var qualifying = products.Where(product => product.Qualifies).ToArray();
        var other = products.Where(product => !product.Qualifies).ToArray();
        var groups = catalog.ExamGroups.Values.ToArray();
        var counts = new GeneratedCounts();

        for (var index = 1; index <= settings.Partners; index++)
        {
            var partnerId = PartnerId(index);
            var country = _random.Chance(0.6) ? _random.Pick(developed) : _random.Pick(developing);
            partners.WriteLine($"{partnerId},{_random.Pick(Brands)} {_random.Pick(Kinds)} {index},{country}");
            counts.Partners++;

            var customers = _random.Pareto(1.6, 500);
            for (var customer = 1; customer <= customers; customer++)
            {
                WriteCustomer(index, customer, dpor, revenue, qualifying, other, counts);
            }

            var people = _random.Pareto(1.4, 50) + (customers > 20 ? 4 : 0) - 1 + (_random.Chance(0.5) ? 1 : 0);
            for (var person = 1; person <= people; person++)
            {
                WriteIndividual(index, person, individuals, passes, groups, counts);
            }

            progress?.Report(index);
        }

        return counts;
    }

    private void WriteCustomer(int partner, int customer, StreamWriter dpor, StreamWriter revenue, Product[] qualifying, Product[] other, GeneratedCounts counts)
    {
        var customerId = $"C{partner:D7}-{customer:D3}";
        var start = _firstMonth.Plus(_random.Next(-12, GeneratorSettings.MonthsOfRevenue - 3));
        var startDay = start.FirstDay.AddDays(_random.Next(0, 28));

        // About one customer in twenty moves to another partner during the period: a DPOR hand-over.
        var handOver = settings.Partners > 1 && _random.Chance(0.05) ? _lastMonth.Plus(-_random.Next(1, 18)) : (Month?)null;
        if (handOver is { } handOverMonth && handOverMonth.FirstDay > startDay)
        {
            var successor = 1 + ((partner + _random.Next(1, settings.Partners)) % settings.Partners);
            dpor.WriteLine($"{customerId},{PartnerId(partner)},{Date(startDay)},{Date(handOverMonth.FirstDay)}");
            dpor.WriteLine($"{customerId},{PartnerId(successor == partner ? 1 + (partner % settings.Partners) : successor)},{Date(handOverMonth.FirstDay)},");
            counts.Dpor += 2;
        }
        else
        {
            dpor.WriteLine($"{customerId},{PartnerId(partner)},{Date(startDay)},");
            counts.Dpor++;
        }

        var monthly = _random.LogNormal(Math.Log(2500), 1.0);
        var product = _random.Chance(0.9) ? _random.Pick(qualifying) : _random.Pick(other);
        var firstReported = start > _firstMonth ? start : _firstMonth;
        for (var month = firstReported; month <= _lastMonth; month = month.Plus(1))
        {
            if (!_random.Chance(0.45))
            {
                continue;
            }

            // Refunds and reductions: net new revenue is sometimes negative.
            var amount = _random.Chance(0.04) ? -monthly * _random.NextDouble() : monthly * (0.5 + _random.NextDouble());
            revenue.WriteLine($"{customerId},{product.Code.Value},{month},{Money(amount)}");
            counts.Revenue++;
        }
    }

    private void WriteIndividual(int partner, int person, StreamWriter individuals, StreamWriter passes, ExamGroup[] groups, GeneratedCounts counts)
    {
        var individualId = $"I{partner:D7}-{person:D2}";
        var from = settings.AsOf.AddDays(-_random.Next(30, 2000));
        var to = _random.Chance(0.1) ? settings.AsOf.AddDays(-_random.Next(1, 300))
            : _random.Chance(0.03) ? settings.AsOf.AddDays(_random.Next(1, 200))
            : (DateOnly?)null;
        if (to <= from)
        {
            to = null;
        }

        individuals.WriteLine($"{individualId},{PartnerId(partner)},{_random.Pick(GivenNames)} {_random.Pick(FamilyNames)},{Date(from)},{(to is { } end ? Date(end) : string.Empty)}");
        counts.Individuals++;

        // Earlier groups in the catalog (app, deployment, …) are taken more often; a few passes come after the as-of date.
        for (var group = 0; group < groups.Length; group++)
        {
            if (_random.Chance(0.55 - (0.1 * group)))
            {
                var passedOn = _random.Chance(0.03) ? settings.AsOf.AddDays(_random.Next(1, 60)) : settings.AsOf.AddDays(-_random.Next(1, 1500));
                passes.WriteLine($"{individualId},{_random.Pick(groups[group].Exams).Value},{Date(passedOn)}");
                counts.ExamPasses++;
            }
        }
    }

    private StreamWriter Open(string file, string header)
    {
        var writer = new StreamWriter(Path.Combine(settings.OutputFolder, file), append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.WriteLine(header);
        return writer;
    }

    private static string PartnerId(int index) => $"P{index:D7}";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(double amount) => Math.Round((decimal)amount, 2).ToString("0.00", CultureInfo.InvariantCulture);
}
