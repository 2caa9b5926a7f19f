using System.Globalization;
using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Core.Model;
using Attain.Data;

namespace Attain.Program.Tests;

/// <summary>The next step every list shows: figures from the engine, words from one place, revenue first.</summary>
public sealed class NextStepTests
{
    private static readonly Core.Catalog.VersionedCatalog Catalog = CatalogFile.Load(null, null).Value!;

    [Fact]
    public void A_plan_of_revenue_and_exams_reads_revenue_first_and_a_missing_shortfall_is_null()
    {
        var plan = new NextLevelPlan(new LevelId("gold"), [new ExamPlanStep("exams", [], 2, 1), new RevenuePlanStep("revenue", new Usd(1_000m))]);
        var examsOnly = new NextLevelPlan(new LevelId("silver"), [new ExamPlanStep("exams", [], 1, 0)]);
        var explainer = new EvaluationExplainer(Catalog, CultureInfo.GetCultureInfo("en-US"));

        Assert.Equal("Gold: +US$1,000.00 revenue, 2 exam passes, 1 new individual", explainer.NextStep(NextStep.Of(plan)));
        Assert.Null(NextStep.Of(examsOnly)!.RevenueShortfallUsd);
        Assert.Equal("Silver: 1 exam pass", explainer.NextStep(NextStep.Of(examsOnly)));
        Assert.Equal("top level", explainer.NextStep(NextStep.Of(null)));
        Assert.Equal("最上位", new EvaluationExplainer(Catalog, CultureInfo.GetCultureInfo("ja-JP")).NextStep(null));
    }
}
