using Attain.Core.Catalog;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Catalog;

/// <summary>A catalog an operator broke is rejected with a problem that names the file and the JSON path of the fault.</summary>
public sealed class CatalogValidationTests
{
    [Fact]
    public void Shipped_catalog_reads_with_no_problems()
    {
        var read = CatalogReader.Read(ShippedCatalog.Json, ShippedCatalog.Source);

        Assert.True(read.IsValid);
        Assert.Empty(read.Problems);
        Assert.Equal("cloud-crm", read.Value!.Id);
        Assert.Equal("reseller", read.Value.Latest.OptionId);
    }

    [Fact]
    public void Shipped_catalog_maps_US_to_developed_and_IN_to_developing()
    {
        var markets = ShippedCatalog.Instance.Markets;

        Assert.Equal(Market.Developed, markets.MarketOf(new CountryCode("US")));
        Assert.Equal(Market.Developing, markets.MarketOf(new CountryCode("IN")));
    }

    [Fact]
    public void Unknown_exam_in_a_group_is_a_problem_at_that_exam()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[0].examGroups[0]")["exams"]!.AsArray().Add("MB2-999"));

        AssertSingleProblemAt(read, "versions[0].examGroups[0].exams[3]", "MB2-999");
    }

    [Fact]
    public void Exam_listed_in_two_groups_is_a_problem_at_its_second_listing()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[0].examGroups[2]")["exams"]!.AsArray().Add("MB2-714"));

        AssertSingleProblemAt(read, "versions[0].examGroups[2].exams[2]", "MB2-714");
    }

    [Theory]
    [InlineData(0, "developing")]
    [InlineData(0, "developed")]
    [InlineData(1, "developing")]
    public void Threshold_missing_for_a_market_is_a_problem_at_that_threshold(int level, string market)
    {
        var read = BrokenCatalog.With(catalog => catalog.At($"versions[0].levels[{level}].requirements[0].thresholdsUsd").Remove(market));

        AssertSingleProblemAt(read, $"versions[0].levels[{level}].requirements[0].thresholdsUsd.{market}", market);
    }

    [Fact]
    public void Threshold_for_a_market_that_does_not_exist_is_a_problem_at_that_key()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[0].levels[0].requirements[0].thresholdsUsd")["emerging"] = 10_000);

        AssertSingleProblemAt(read, "versions[0].levels[0].requirements[0].thresholdsUsd.emerging", "emerging");
    }

    [Fact]
    public void Threshold_beyond_the_limit_of_amounts_is_a_problem_at_that_threshold()
    {
        // Issue #9: figures stay within ±1e12, so threshold − TTM figure cannot overflow.
        var read = BrokenCatalog.With(catalog => catalog.At("versions[0].levels[1].requirements[0].thresholdsUsd")["developed"] = 79228162514264337593543950335m);

        AssertSingleProblemAt(read, "versions[0].levels[1].requirements[0].thresholdsUsd.developed", "cannot exceed 1000000000000.00");
    }

    [Fact]
    public void Negative_threshold_is_a_problem_at_that_threshold()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[0].levels[1].requirements[0].thresholdsUsd")["developed"] = -1);

        AssertSingleProblemAt(read, "versions[0].levels[1].requirements[0].thresholdsUsd.developed", "negative");
    }

    [Fact]
    public void Unknown_requirement_kind_is_a_problem_at_its_kind()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[0].levels[1].requirements[1]")["kind"] = "seminar");

        AssertSingleProblemAt(read, "versions[0].levels[1].requirements[1].kind", "seminar");
    }

    [Theory]
    [InlineData("name")]
    [InlineData("option.name")]
    [InlineData("versions[0].examGroups[1].name")]
    [InlineData("versions[0].levels[0].name")]
    [InlineData("versions[0].levels[1].requirements[0].description")]
    [InlineData("versions[0].levels[0].requirements[1].slots[1].name")]
    public void Missing_Japanese_text_is_a_problem_at_its_ja_field(string text)
    {
        var read = BrokenCatalog.With(catalog => catalog.At(text).Remove("ja"));

        AssertSingleProblemAt(read, $"{text}.ja", "missing");
    }

    [Fact]
    public void Empty_Japanese_text_is_as_missing_as_no_text()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[0].levels[1].name")["ja"] = " ");

        AssertSingleProblemAt(read, "versions[0].levels[1].name.ja", "missing");
    }

    [Fact]
    public void Market_name_that_is_not_developed_or_developing_is_a_problem_at_that_country()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("markets")["US"] = "rich");

        AssertSingleProblemAt(read, "markets.US", "rich");
    }

    [Fact]
    public void Country_that_is_not_an_ISO_alpha_2_code_is_a_problem_at_that_country()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("markets")["usa"] = "developed");

        AssertSingleProblemAt(read, "markets.usa", "usa");
    }

    [Fact]
    public void Slot_naming_an_unknown_exam_group_is_a_problem_at_its_groups()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[0].levels[0].requirements[1].slots[1]")["groups"]![0] = "seminars");

        AssertSingleProblemAt(read, "versions[0].levels[0].requirements[1].slots[1].groups", "seminars");
    }

    [Fact]
    public void Slot_count_below_one_is_a_problem_at_its_count()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[0].levels[1].requirements[1].slots[0]")["count"] = 0);

        AssertSingleProblemAt(read, "versions[0].levels[1].requirements[1].slots[0].count", "at least 1");
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var read = BrokenCatalog.With(catalog =>
        {
            catalog.At("versions[0].examGroups[0]")["exams"]!.AsArray().Add("MB2-999");
            catalog.At("versions[0].levels[0].name").Remove("ja");
            catalog.At("markets")["US"] = "rich";
        });

        Assert.False(read.IsValid);
        Assert.Equal(
            ["markets.US", "versions[0].examGroups[0].exams[3]", "versions[0].levels[0].name.ja"],
            read.Problems.Select(problem => problem.Location).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Invalid_JSON_is_one_problem_with_the_line_and_path_where_reading_stopped()
    {
        var json = ShippedCatalog.Json;
        var truncated = json[..json.IndexOf("\"examGroups\"", StringComparison.Ordinal)];

        var read = CatalogReader.Read(truncated, ShippedCatalog.Source);

        var problem = Assert.Single(read.Problems);
        Assert.Null(read.Value);
        Assert.Equal(ShippedCatalog.Source, problem.Source);
        Assert.NotNull(problem.Line);
        Assert.StartsWith("versions[0]", problem.Location, StringComparison.Ordinal);
        Assert.Contains("not valid catalog JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_of_the_wrong_type_is_a_problem_at_its_JSON_path()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[0].levels[0].requirements[1].slots[0]")["count"] = "one");

        var problem = Assert.Single(read.Problems);
        Assert.Equal("versions[0].levels[0].requirements[1].slots[0].count", problem.Location);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void Empty_document_is_a_problem()
    {
        var read = CatalogReader.Read("null", ShippedCatalog.Source);

        var problem = Assert.Single(read.Problems);
        Assert.Equal(ShippedCatalog.Source, problem.Source);
    }

    [Fact]
    public void Problem_reads_as_source_location_message()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("markets")["US"] = "rich");

        Assert.StartsWith($"{ShippedCatalog.Source}: markets.US: ", Assert.Single(read.Problems).ToString(), StringComparison.Ordinal);
    }

    private static void AssertSingleProblemAt(Validated<VersionedCatalog> read, string path, string mentioned)
    {
        Assert.False(read.IsValid);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(ShippedCatalog.Source, problem.Source);
        Assert.Equal(path, problem.Location);
        Assert.Contains(mentioned, problem.Message, StringComparison.Ordinal);
    }
}
