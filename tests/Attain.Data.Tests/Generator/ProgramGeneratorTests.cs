using Attain.Core.Catalog;
using Attain.Core.Model;
using Attain.Data.Folder;
using Attain.Data.Tests.Cli;
using Attain.Data.Tests.Folder;
using Attain.DataGen;

namespace Attain.Data.Tests.Generator;

/// <summary>The seeded program generator (bench/Attain.DataGen) that the scale harness and benchmarks load.</summary>
public sealed class ProgramGeneratorTests
{
    [Fact]
    public void Generated_partners_come_from_many_countries_of_both_markets_and_the_folder_is_valid()
    {
        using var folder = new TemporaryFolder("attain-generated-");
        var catalog = TestCatalog.CloudCrm;
        new ProgramGenerator(catalog.InForceOn(new DateOnly(2026, 11, 25)), new GeneratorSettings(300, 7, new DateOnly(2026, 11, 25), folder.Path)).Write();

        var countries = File.ReadLines(folder.File("partners.csv")).Skip(1).Select(line => line.Split(',')[^1]).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(countries.Count > 2, $"generated partners come from {countries.Count} countries: {string.Join(", ", countries)}");
        var markets = countries.Select(country => catalog.Markets.MarketOf(new CountryCode(country))).Distinct().ToList();
        Assert.Contains(Market.Developed, markets);
        Assert.Contains(Market.Developing, markets);
        var read = DataFolderReader.Read(folder.Path, catalog);
        Assert.True(read.IsValid, string.Join(Environment.NewLine, read.Problems.Take(5)));
    }
}
