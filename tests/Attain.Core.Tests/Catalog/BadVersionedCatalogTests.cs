using System.Globalization;
using System.Text.Json.Nodes;
using Attain.Core.Catalog;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Catalog;

/// <summary>
/// Issue 13, item 5: a catalog whose versions or exams are wrong is bad input, reported with the JSON path of every
/// problem (in English, and in Japanese under a Japanese UI culture) and no catalog at all.
/// </summary>
public sealed class BadVersionedCatalogTests
{
    [Fact]
    public void Two_versions_taking_effect_on_the_same_day_overlap()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[1]")["effectiveFrom"] = "2017-07-07");

        AssertSingleProblemAt(read, "versions[1].effectiveFrom", "versions[0] also takes effect on 2017-07-07");
    }

    [Fact]
    public void Versions_out_of_date_order_are_a_problem_at_the_later_listed_one()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[1]")["effectiveFrom"] = "2017-01-01");

        AssertSingleProblemAt(read, "versions[1].effectiveFrom", "oldest first");
    }

    [Fact]
    public void A_version_without_a_valid_effectiveFrom_date_is_a_problem_at_it()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[1]")["effectiveFrom"] = "2017-13-01");

        AssertSingleProblemAt(read, "versions[1].effectiveFrom", "2017-13-01");
    }

    [Fact]
    public void AcceptedUntil_before_retiredOn_is_a_problem_at_acceptedUntil()
    {
        var read = BrokenCatalog.With(catalog => catalog.At("versions[1].exams[2]")["acceptedUntil"] = "2017-06-30");

        AssertSingleProblemAt(read, "versions[1].exams[2].acceptedUntil", "before retiredOn 2017-12-31");
    }

    [Fact]
    public void An_exam_in_no_group_is_a_problem_at_that_exam()
    {
        var read = BrokenCatalog.With(catalog => ((JsonArray)catalog.At("versions[1]")["exams"]!).Add(new JsonObject { ["code"] = "MB2-999", ["title"] = "Nowhere" }));

        AssertSingleProblemAt(read, "versions[1].exams[12].code", "MB2-999");
    }

    [Fact]
    public void A_group_naming_an_exam_the_version_does_not_list_is_a_problem_at_that_listing()
    {
        var read = BrokenCatalog.With(catalog => ((JsonArray)catalog.At("versions[1].examGroups[1]")["exams"]!).Add("MB2-999"));

        AssertSingleProblemAt(read, "versions[1].examGroups[1].exams[3]", "MB2-999");
    }

    [Fact]
    public void A_threshold_that_is_not_a_number_is_a_problem_at_that_threshold_not_a_stop()
    {
        var read = BrokenCatalog.With(catalog =>
        {
            catalog.At("versions[0].levels[0].requirements[0].thresholdsUsd")["developed"] = "100k";
            catalog.At("versions[0].levels[1].requirements[0].thresholdsUsd")["developing"] = true;
        });

        Assert.Null(read.Value);
        Assert.Equal(
            ["versions[0].levels[0].requirements[0].thresholdsUsd.developed", "versions[0].levels[1].requirements[0].thresholdsUsd.developing"],
            read.Problems.Select(problem => problem.Location).Order(StringComparer.Ordinal));
        Assert.All(read.Problems, problem => Assert.Contains("is not a number", problem.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_threshold_beyond_the_amount_limit_is_said_in_japanese_too()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
            var read = BrokenCatalog.With(catalog => catalog.At("versions[0].levels[0].requirements[0].thresholdsUsd")["developed"] = 2_000_000_000_000m);

            AssertSingleProblemAt(read, "versions[0].levels[0].requirements[0].thresholdsUsd.developed", "を超えられません");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void A_catalog_written_before_versions_existed_is_told_how_to_move_its_rules()
    {
        var read = BrokenCatalog.With(catalog =>
        {
            var first = catalog.At("versions[0]");
            catalog.Remove("versions");
            catalog["levels"] = first["levels"]!.DeepClone();
        });

        AssertSingleProblemAt(read, "versions", "versions[0]");
    }

    [Fact]
    public void Every_problem_of_every_version_is_reported_at_once()
    {
        var read = BrokenCatalog.With(catalog =>
        {
            catalog.At("versions[1]")["effectiveFrom"] = "2017-01-01";
            catalog.At("versions[1].exams[2]")["acceptedUntil"] = "2017-06-30";
            catalog.At("versions[0].levels[0].requirements[0].thresholdsUsd")["developed"] = "100k";
        });

        Assert.Equal(
            ["versions[0].levels[0].requirements[0].thresholdsUsd.developed", "versions[1].effectiveFrom", "versions[1].exams[2].acceptedUntil"],
            read.Problems.Select(problem => problem.Location).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Problems_are_in_japanese_under_a_japanese_ui_culture()
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
            var read = BrokenCatalog.With(catalog => catalog.At("versions[1].exams[2]")["acceptedUntil"] = "2017-06-30");

            AssertSingleProblemAt(read, "versions[1].exams[2].acceptedUntil", "retiredOn 2017-12-31 より前です");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void The_shipped_catalog_has_its_two_versions_with_MB2_709_retired_and_accepted_until_2018_12_31()
    {
        var versions = ShippedCatalog.Instance.Versions;

        Assert.Equal([new DateOnly(2017, 7, 7), new DateOnly(2017, 12, 15)], versions.Select(version => version.EffectiveFrom));
        var mb2709 = versions[1].Exams[new Model.ExamCode("MB2-709")];
        Assert.Equal((new DateOnly(2017, 12, 31), new DateOnly(2018, 12, 31)), (mb2709.RetiredOn!.Value, mb2709.AcceptedUntil!.Value));
        Assert.Null(versions[0].Exams[new Model.ExamCode("MB2-709")].AcceptedUntil);
        Assert.Equal("Dynamics 365 Customer Engagement (formerly Plan 1)", versions[1].Products[new Model.ProductCode("d365-plan1")].Name);
        Assert.Equal(
            ["MB2-714", "MB2-713", "MB2-709", "MB2-717", "MB2-718", "MB2-877"],
            versions[1].ExamGroups[new Model.ExamGroupId("app")].Exams.Select(exam => exam.Value));
        Assert.Same(versions[0].Levels[0].Requirements[0].GetType(), versions[1].Levels[0].Requirements[0].GetType());
        Assert.Equal(versions[0].Levels.Select(level => level.Id), versions[1].Levels.Select(level => level.Id));
    }

    private static void AssertSingleProblemAt(Validated<VersionedCatalog> read, string path, string mentioned)
    {
        Assert.Null(read.Value);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(ShippedCatalog.Source, problem.Source);
        Assert.Equal(path, problem.Location);
        Assert.Contains(mentioned, problem.Message, StringComparison.Ordinal);
    }
}
