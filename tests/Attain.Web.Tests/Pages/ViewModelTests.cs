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
    public void The_chart_draws_each_months_revenue_the_rolling_TTM_figure_an_axis_and_a_line_per_threshold()
    {
        // 2025-09 is before the window (2025-11 … 2026-10) and still in the TTM figure of its first eleven months.
        var facts = Facts(
            [],
            new MonthlyRevenue(new CustomerId("C-1"), new ProductCode("crm-online"), new Month(2025, 9), new Usd(40_000m)),
            new MonthlyRevenue(new CustomerId("C-1"), new ProductCode("crm-online"), new Month(2026, 9), new Usd(60_000m)),
            new MonthlyRevenue(new CustomerId("C-1"), new ProductCode("crm-online"), new Month(2026, 10), new Usd(-10_000m)));
        var evaluation = CompetencyEvaluator.Evaluate(Catalog, facts, new DateOnly(2026, 11, 25));

        var chart = RevenueChart.Of(Catalog.InForceOn(evaluation.AsOf), evaluation, RevenueHistory.Rolling(Catalog, facts, evaluation), CultureInfo.GetCultureInfo("en"));

        Assert.Equal(12, chart.Bars.Count);
        // Bars are each month's own revenue, not a running total: the refund is a bar below the zero line.
        Assert.Equal([new Usd(60_000m), new Usd(-10_000m)], chart.Bars.TakeLast(2).Select(bar => bar.Amount).ToArray());
        Assert.True(chart.Bars[^1].Y > chart.Bars[^2].Y && chart.Bars[^1].BarHeight > 0, "a refund is drawn below zero");
        // The TTM line: 40,000 from before the window, 60,000 once 2026-09 is in and 2025-09 out, 50,000 after the refund.
        Assert.Equal([40_000m, 60_000m, 50_000m], new[] { chart.Ttm[0], chart.Ttm[^2], chart.Ttm[^1] }.Select(point => point.Ttm.Amount).ToArray());
        Assert.Equal(evaluation.TtmRevenueUsd, chart.Ttm[^1].Ttm);
        Assert.Empty(chart.Projection);
        Assert.Null(chart.Lapse);
        Assert.Equal(["silver", "gold"], chart.Thresholds.Select(line => line.LevelId).ToArray());
        Assert.Equal([new Usd(100_000m), new Usd(300_000m)], chart.Thresholds.Select(line => line.Amount).ToArray());
        Assert.True(chart.Thresholds[0].Y > chart.Thresholds[1].Y);
        Assert.Equal(["−$100k", "$0", "$100k", "$200k", "$300k"], chart.Ticks.Select(tick => tick.Label).ToArray());
        Assert.All(chart.Bars, bar => Assert.InRange(bar.Y, RevenueChart.Top, RevenueChart.Bottom));
        Assert.All(chart.Ttm, point => Assert.InRange(point.Y, RevenueChart.Top, RevenueChart.Bottom));
    }

    [Fact]
    public void The_chart_projects_the_TTM_figure_month_by_month_to_the_lapse_date_and_marks_it()
    {
        var team = new Individual[]
        {
            new(new IndividualId("I-1"), "App and deployment", DateInterval.Always, [new ExamPass(new ExamCode("MB2-714"), new DateOnly(2025, 1, 1)), new ExamPass(new ExamCode("MB2-710"), new DateOnly(2025, 1, 1))]),
            new(new IndividualId("I-2"), "Customization", DateInterval.Always, [new ExamPass(new ExamCode("MB2-712"), new DateOnly(2025, 1, 1))]),
        };
        var facts = Facts(
            team,
            new MonthlyRevenue(new CustomerId("C-1"), new ProductCode("crm-online"), new Month(2025, 12), new Usd(70_000m)),
            new MonthlyRevenue(new CustomerId("C-1"), new ProductCode("crm-online"), new Month(2026, 2), new Usd(50_000m)));
        var evaluation = CompetencyEvaluator.Evaluate(Catalog, facts, new DateOnly(2026, 11, 25));

        var chart = RevenueChart.Of(Catalog.InForceOn(evaluation.AsOf), evaluation, RevenueHistory.Rolling(Catalog, facts, evaluation), CultureInfo.GetCultureInfo("en"));

        // Silver lapses on 2027-01-01, when 2025-12 leaves: the dashed line starts at today's figure and ends there.
        Assert.Equal(new DateOnly(2027, 1, 1), evaluation.Lapse!.On);
        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)], chart.Projection.Select(point => point.On).ToArray());
        Assert.Equal([120_000m, 120_000m, 50_000m], chart.Projection.Select(point => point.Ttm.Amount).ToArray());
        Assert.Equal(chart.Projection[^1].X, chart.Lapse!.X, 3);
        Assert.True(chart.Months[^1].Projected);
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

    private static PartnerEvaluation Evaluate(IReadOnlyList<Individual> individuals, params MonthlyRevenue[] revenue) =>
        CompetencyEvaluator.Evaluate(Catalog, Facts(individuals, revenue), new DateOnly(2026, 11, 25));

    private static PartnerFacts Facts(IReadOnlyList<Individual> individuals, params MonthlyRevenue[] revenue) => new(
        new Partner(new PartnerId("P-1"), "Test partner", new CountryCode("US")),
        individuals,
        [new DporInterval(new CustomerId("C-1"), DateInterval.Always)],
        revenue);

    private static void Write(ZipArchive archive, string name, string text)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
