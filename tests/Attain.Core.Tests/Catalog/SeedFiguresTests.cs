using Attain.Core.Catalog;
using Attain.Core.Catalog.Requirements;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Catalog;

/// <summary>
/// The shipped catalog states what the published page states. Each figure is read from the seed markdown and
/// compared with the catalog; the same figures are also asserted as literals on both sides, so a parse that
/// went wrong cannot make seed and catalog agree by both being empty or both being wrong.
/// </summary>
public sealed class SeedFiguresTests
{
    private static readonly CompetencyCatalog Catalog = ShippedCatalog.Seed;

    public static TheoryData<string> Levels => new() { "silver", "gold" };

    [Theory]
    [MemberData(nameof(Levels))]
    public void Revenue_thresholds_of_the_catalog_are_the_seeds_for_both_markets(string level)
    {
        var seed = SeedDocument.Read(level);
        var revenue = RevenueOf(level);

        Assert.Equal(new Usd(seed.DevelopedThreshold), revenue.ThresholdFor(Market.Developed));
        Assert.Equal(new Usd(seed.DevelopingThreshold), revenue.ThresholdFor(Market.Developing));
    }

    [Fact]
    public void Seed_states_Silver_at_100000_developed_and_50000_developing_written_in_Japanese()
    {
        Assert.Equal(100_000m, SeedDocument.Silver.DevelopedThreshold);
        Assert.Equal(50_000m, SeedDocument.Silver.DevelopingThreshold);
        Assert.Equal(new Usd(100_000m), RevenueOf("silver").ThresholdFor(Market.Developed));
        Assert.Equal(new Usd(50_000m), RevenueOf("silver").ThresholdFor(Market.Developing));
    }

    [Fact]
    public void Seed_states_Gold_at_300000_developed_and_150000_developing_both_written_in_Japanese()
    {
        Assert.Equal(300_000m, SeedDocument.Gold.DevelopedThreshold);
        Assert.Equal(150_000m, SeedDocument.Gold.DevelopingThreshold);
        Assert.Equal(new Usd(300_000m), RevenueOf("gold").ThresholdFor(Market.Developed));
        Assert.Equal(new Usd(150_000m), RevenueOf("gold").ThresholdFor(Market.Developing));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Individuals_required_by_the_catalog_are_the_seeds_total_and_per_slot(string level)
    {
        var seed = SeedDocument.Read(level);
        var exams = ExamsOf(level);

        Assert.Equal(seed.Individuals, exams.IndividualsRequired);
        Assert.Equal(seed.AppCount, seed.DeploymentCount); // "the same individual(s)" take both
        Assert.Equal(seed.AppCount, SlotCovering(exams, "app", "deployment").Count);
        Assert.Equal(seed.CustomizationCount, SlotCovering(exams, "customization").Count);
        Assert.Equal(seed.Individuals, seed.AppCount + seed.CustomizationCount);
    }

    [Fact]
    public void Seed_states_Silver_needs_2_individuals_1_app_deployment_and_1_customization()
    {
        var seed = SeedDocument.Silver;
        Assert.Equal((2, 1, 1, 1), (seed.Individuals, seed.AppCount, seed.DeploymentCount, seed.CustomizationCount));

        var exams = ExamsOf("silver");
        Assert.Equal(2, exams.IndividualsRequired);
        Assert.Equal(1, SlotCovering(exams, "app", "deployment").Count);
        Assert.Equal(1, SlotCovering(exams, "customization").Count);
    }

    [Fact]
    public void Seed_states_Gold_needs_4_individuals_2_app_deployment_and_2_customization()
    {
        var seed = SeedDocument.Gold;
        Assert.Equal((4, 2, 2, 2), (seed.Individuals, seed.AppCount, seed.DeploymentCount, seed.CustomizationCount));

        var exams = ExamsOf("gold");
        Assert.Equal(4, exams.IndividualsRequired);
        Assert.Equal(2, SlotCovering(exams, "app", "deployment").Count);
        Assert.Equal(2, SlotCovering(exams, "customization").Count);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Exam_groups_of_the_catalog_hold_the_seeds_exams_in_the_seeds_order(string level)
    {
        var seed = SeedDocument.Read(level);

        Assert.Equal(Codes(seed.AppExams), GroupExams("app"));
        Assert.Equal(Codes(seed.DeploymentExams), GroupExams("deployment"));
        Assert.Equal(Codes(seed.CustomizationExams), GroupExams("customization"));
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void Exam_titles_of_the_catalog_are_the_seeds(string level)
    {
        var seed = SeedDocument.Read(level);

        foreach (var exam in seed.AppExams.Concat(seed.DeploymentExams).Concat(seed.CustomizationExams))
        {
            Assert.Equal(exam.Title, Catalog.Exams[new ExamCode(exam.Code)].Title);
        }
    }

    [Fact]
    public void Seed_lists_the_seven_exams_in_three_groups()
    {
        foreach (var seed in new[] { SeedDocument.Silver, SeedDocument.Gold })
        {
            Assert.Equal(["MB2-714", "MB2-713", "MB2-709"], Codes(seed.AppExams));
            Assert.Equal(["MB2-710", "MB2-706"], Codes(seed.DeploymentExams));
            Assert.Equal(["MB2-712", "MB2-707"], Codes(seed.CustomizationExams));
        }

        Assert.Equal(["MB2-714", "MB2-713", "MB2-709"], GroupExams("app"));
        Assert.Equal(["MB2-710", "MB2-706"], GroupExams("deployment"));
        Assert.Equal(["MB2-712", "MB2-707"], GroupExams("customization"));
        Assert.Equal(7, Catalog.Exams.Count);
        Assert.Equal(3, Catalog.ExamGroups.Count);
    }

    [Theory]
    [InlineData("MB2-714", "Dynamics CRM Customer Service")]
    [InlineData("MB2-713", "Microsoft Dynamics CRM 2016 Sales")]
    [InlineData("MB2-709", "Dynamics CRM Marketing")]
    [InlineData("MB2-710", "Microsoft Dynamics CRM Online Deployment (2015)")]
    [InlineData("MB2-706", "Microsoft Dynamics CRM Online Deployment")]
    [InlineData("MB2-712", "Microsoft Dynamics CRM 2016 Customization and Configuration")]
    [InlineData("MB2-707", "Microsoft Dynamics CRM Customization and Configuration")]
    public void Exam_has_its_published_title_in_seed_and_catalog(string code, string title)
    {
        Assert.Contains(new SeedExam(code, title), SeedDocument.Silver.AppExams.Concat(SeedDocument.Silver.DeploymentExams).Concat(SeedDocument.Silver.CustomizationExams));
        Assert.Equal(title, Catalog.Exams[new ExamCode(code)].Title);
    }

    [Fact]
    public void Levels_run_from_Silver_to_Gold()
    {
        Assert.Equal(["silver", "gold"], Catalog.Levels.Select(level => level.Id.Value));
    }

    [Fact]
    public void Only_CRM_Online_and_Dynamics_365_Plan_1_qualify()
    {
        Assert.Equal(["crm-online", "d365-plan1"], Catalog.Products.Values.Where(product => product.Qualifies).Select(product => product.Code.Value).Order(StringComparer.Ordinal));
    }

    private static RevenueThreshold RevenueOf(string level) =>
        Catalog.Level(new LevelId(level)).Requirements.OfType<RevenueThreshold>().Single();

    private static ExamSlots ExamsOf(string level) =>
        Catalog.Level(new LevelId(level)).Requirements.OfType<ExamSlots>().Single();

    private static SlotDefinition SlotCovering(ExamSlots exams, params string[] groups) =>
        exams.Slots.Single(slot => slot.Groups.Select(group => group.Value).Order(StringComparer.Ordinal).SequenceEqual(groups.Order(StringComparer.Ordinal)));

    private static string[] GroupExams(string group) =>
        [.. Catalog.ExamGroups[new ExamGroupId(group)].Exams.Select(exam => exam.Value)];

    private static string[] Codes(IEnumerable<SeedExam> exams) => [.. exams.Select(exam => exam.Code)];
}
