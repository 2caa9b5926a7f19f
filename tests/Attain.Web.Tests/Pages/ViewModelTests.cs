using System.Globalization;
using System.IO.Compression;
using System.Text;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Data;
using Attain.Web.Import;
using Attain.Web.Pages.Partners;
using Attain.Web.Partners;

namespace Attain.Web.Tests.Pages;

/// <summary>The pieces the pages and the import are made of, checked without a browser.</summary>
public sealed class ViewModelTests
{
    private static readonly Core.Catalog.VersionedCatalog Catalog = CatalogFile.Load(null, null).Value!;

    private static readonly string[] AllThree = ["MB2-715", "MB2-716", "MB2-717"];

    [Fact]
    public void The_chart_draws_a_running_total_per_month_and_a_line_per_threshold_of_the_market()
    {
        var evaluation = Evaluate(
            new MonthlyRevenue(new CustomerId("C-1"), new ProductCode("crm-online"), new Month(2026, 9), new Usd(60_000m)),
            new MonthlyRevenue(new CustomerId("C-1"), new ProductCode("crm-online"), new Month(2026, 10), new Usd(-10_000m)));

        var chart = RevenueChart.Of(Catalog.InForceOn(evaluation.AsOf), evaluation, CultureInfo.GetCultureInfo("en"));

        Assert.Equal(12, chart.Bars.Count);
        Assert.Equal(new Usd(60_000m), chart.Bars[^2].RunningTotal);
        Assert.Equal(new Usd(50_000m), chart.Bars[^1].RunningTotal);
        Assert.True(chart.Bars[^1].BarHeight < chart.Bars[^2].BarHeight, "a refund lowers the running total");
        Assert.Equal(["silver", "gold"], chart.Thresholds.Select(line => line.LevelId).ToArray());
        // Developed market: Silver at 100,000 sits lower on the page (larger y) than Gold at 300,000.
        Assert.Equal([new Usd(100_000m), new Usd(300_000m)], chart.Thresholds.Select(line => line.Amount).ToArray());
        Assert.True(chart.Thresholds[0].Y > chart.Thresholds[1].Y);
        Assert.All(chart.Bars, bar => Assert.InRange(bar.Y, RevenueChart.Top, RevenueChart.Bottom));
    }

    [Theory]
    [InlineData(2025, 12, "2027-01-01", true)]
    [InlineData(2026, 10, "2027-11-01", false)]
    public void A_partner_is_at_risk_when_its_level_lapses_within_90_days(int year, int month, string lapse, bool atRisk)
    {
        // Silver's exams are met; all the revenue is in one month, so the level lapses when that month leaves the TTM window.
        var evaluation = Evaluate(
            [
                new Individual(new IndividualId("I-1"), "App and deployment", DateInterval.Always, [new ExamPass(new ExamCode("MB2-714"), new DateOnly(2025, 1, 1)), new ExamPass(new ExamCode("MB2-710"), new DateOnly(2025, 1, 1))]),
                new Individual(new IndividualId("I-2"), "Customization", DateInterval.Always, [new ExamPass(new ExamCode("MB2-712"), new DateOnly(2025, 1, 1))]),
            ],
            new MonthlyRevenue(new CustomerId("C-1"), new ProductCode("crm-online"), new Month(year, month), new Usd(100_000m)));

        var summary = PartnerStanding.Of(evaluation);

        Assert.Equal("silver", summary.Level?.Value);
        Assert.Equal(DateOnly.Parse(lapse, CultureInfo.InvariantCulture), summary.LapseOn);
        Assert.Equal(atRisk, summary.AtRisk);
    }

    [Theory]
    [InlineData("gold", null, null, null, "-ttmRevenueUsd", true)]
    [InlineData(null, "developing", "true", "P-10", "lapseOn", true)]
    [InlineData(null, null, null, null, "TTMREVENUEUSD", true)]
    [InlineData(null, null, null, null, "name,level", false)]
    [InlineData(null, null, null, null, "3", false)]
    [InlineData(null, null, null, null, "-", false)]
    public void A_list_query_sorts_by_a_column_named_in_full(string? level, string? market, string? atRisk, string? search, string sort, bool valid)
    {
        var parsed = PartnerQueryValues.TryParse(["silver", "gold"], level, market, atRisk, search, sort, null, null, out var query, out var error);

        Assert.Equal(valid, parsed);
        if (valid)
        {
            Assert.Equal(level, query.Level);
            Assert.Equal(sort.StartsWith('-'), query.Descending);
        }
        else
        {
            Assert.StartsWith("sort:", error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unpacked_zip_holds_only_the_data_files_whatever_the_entry_paths_say()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "../partners.csv", "partner_id,name,country\n");
            Write(archive, "drop/revenue.csv", "customer_id,product,month,net_new_revenue_usd\n");
            Write(archive, "a/b/dpor.csv", "too deep\n");
            Write(archive, "notes.txt", "ignored\n");
        }

        zip.Position = 0;
        var unpacked = ZipDrop.Unpack(zip, new ZipLimits(1_000_000, 100, 100), Path.GetTempPath());

        Assert.True(unpacked.IsValid);
        using var drop = unpacked.Value!;
        Assert.Equal(["partners.csv", "revenue.csv"], Directory.GetFiles(drop.Folder).Select(file => Path.GetFileName(file)!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void A_zip_that_unpacks_past_the_limit_is_refused()
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(archive, "revenue.csv", new string('x', 10_000));
        }

        zip.Position = 0;
        var unpacked = ZipDrop.Unpack(zip, new ZipLimits(1_000, 100, 100), Path.GetTempPath());

        Assert.False(unpacked.IsValid);
        Assert.Contains("at most 1000 are accepted", Assert.Single(unpacked.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_requirement_kind_reaches_the_checklist_and_the_matrix_with_no_page_code_of_its_own()
    {
        // The example catalog's examSlotSets kind (issue 13, item 4): the page knows only ChecklistItem and SlotFill.
        var path = Path.Combine(AppContext.BaseDirectory, "catalog", "examples", "cloud-business-applications.json");
        var catalog = Core.Catalog.CatalogReader.Read(File.ReadAllText(path), "cloud-business-applications.json").Value!;
        var day = new DateOnly(2018, 6, 15);
        var passes = AllThree.Select(exam => new ExamPass(new ExamCode(exam), new DateOnly(2018, 1, 15))).ToList();
        var facts = new PartnerFacts(
            new Partner(new PartnerId("P-1"), "Test partner", new CountryCode("US")),
            [new Individual(new IndividualId("i1"), "Ada", DateInterval.Always, passes), new Individual(new IndividualId("i2"), "Grace", DateInterval.Always, passes)],
            [],
            []);
        var evaluation = CompetencyEvaluator.Evaluate(catalog, facts, day);
        var explanation = new Core.Explanation.EvaluationExplainer(catalog, CultureInfo.GetCultureInfo("en")).Explain(evaluation);

        var gold = ChecklistView.Build(evaluation, explanation).Single(level => level.LevelId == "gold");
        var matrix = ChecklistView.Matrix(catalog.InForceOn(day), evaluation, CultureInfo.GetCultureInfo("en"));

        Assert.Equal((0m, "0 of 2"), (gold.Rows[0].Progress!.Value, gold.Rows[0].ProgressLabel));
        Assert.Contains(gold.Rows, row => row.Depth == 1 && row.Progress == 0.4m && row.ProgressLabel == "2 of 5");
        Assert.Contains("Gold: one of MB2-717, MB2-718 or MB2-877", matrix.Single(row => row.Id.Value == "i1").Fills);
        Assert.Contains("Gold: MB2-715 and MB2-716", matrix.Single(row => row.Id.Value == "i1").Fills);
    }

    private static PartnerEvaluation Evaluate(params MonthlyRevenue[] revenue) => Evaluate([], revenue);

    private static PartnerEvaluation Evaluate(IReadOnlyList<Individual> individuals, params MonthlyRevenue[] revenue)
    {
        var facts = new PartnerFacts(
            new Partner(new PartnerId("P-1"), "Test partner", new CountryCode("US")),
            individuals,
            [new DporInterval(new CustomerId("C-1"), DateInterval.Always)],
            revenue);
        return CompetencyEvaluator.Evaluate(Catalog, facts, new DateOnly(2026, 11, 25));
    }

    private static void Write(ZipArchive archive, string name, string text)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
