using System.Globalization;
using System.Text.Json;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Core.Serialization;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Versions;

/// <summary>
/// Issue 13, item 4's example, as one requirement of a new kind (examSlotSets) in a test catalog: "5 individuals pass both
/// MB2-715 and MB2-716, and the same or different 5 individuals pass one of MB2-717, MB2-718 or MB2-877". Within a set the
/// individuals are distinct (SPEC §2); across sets they may be the same. Evaluate, explain and plan with it: the plan
/// reuses people (current and new) across sets and never inside one.
/// </summary>
public sealed class SameOrDifferentIndividualsTests
{
    private static readonly VersionedCatalog Catalog = Load();

    private const string AsOf = "2018-06-15";

    private static string CatalogPath => Path.Combine(AppContext.BaseDirectory, "Versions", "Catalogs", "cloud-business-applications.json");

    [Fact]
    public void The_same_five_individuals_can_meet_both_sets()
    {
        var partner = A.Partner("P1");
        for (var person = 1; person <= 5; person++)
        {
            partner.WithIndividual($"i{person}", "MB2-715", "MB2-716", "MB2-717");
        }

        var evaluation = Evaluate(partner);

        Assert.Equal("gold", evaluation.LevelHeld());
        var sets = Sets(evaluation, "gold");
        Assert.True(sets.Met);
        Assert.Equal(sets.Sets[0].Filling("platform"), sets.Sets[1].Filling("apps"));
        Assert.Equal(5, sets.Sets[0].Filling("platform").Length);
    }

    [Fact]
    public void Different_individuals_can_meet_them_too()
    {
        var partner = A.Partner("P1");
        for (var person = 1; person <= 5; person++)
        {
            partner.WithIndividual($"p{person}", "MB2-715", "MB2-716").WithIndividual($"a{person}", "MB2-877");
        }

        Assert.Equal("gold", Evaluate(partner).LevelHeld());
    }

    [Fact]
    public void Within_one_set_the_individuals_are_still_distinct()
    {
        var partner = A.Partner("P1").WithIndividual("solo", "MB2-715", "MB2-716", "MB2-717");

        var evaluation = Evaluate(partner);

        // Silver's first set has two slots (MB2-715, MB2-716): one person cannot fill both, though they fill the app set.
        Assert.Equal("none", evaluation.LevelHeld());
        var sets = Sets(evaluation, "silver");
        Assert.Equal((1, 2), (sets.Sets[0].IndividualsFound, sets.Sets[0].IndividualsRequired));
        Assert.True(sets.Sets[1].Met);
    }

    [Fact]
    public void The_plan_asks_for_a_second_person_inside_a_set_instead_of_counting_one_twice()
    {
        var evaluation = Evaluate(A.Partner("P1").WithIndividual("solo", "MB2-715", "MB2-716", "MB2-717"));

        var next = NextStep.Of(evaluation.Plan)!;

        Assert.Equal("silver", next.Level.Value);
        Assert.Equal((1, 1), (next.AdditionalExamPasses, next.NewIndividuals));
    }

    [Fact]
    public void The_plan_reuses_a_platform_individual_for_the_app_exam_instead_of_asking_for_a_new_one()
    {
        var partner = A.Partner("P1");
        for (var person = 1; person <= 5; person++)
        {
            partner.WithIndividual($"i{person}", person <= 4 ? ["MB2-715", "MB2-716", "MB2-717"] : ["MB2-715", "MB2-716"]);
        }

        var evaluation = Evaluate(partner);

        Assert.Equal("silver", evaluation.LevelHeld());
        var step = Assert.Single(evaluation.Plan!.Steps.OfType<ExamPlanStep>());
        Assert.Equal((1, 0), (step.AdditionalPasses, step.NewIndividuals));
        var seat = Assert.Single(step.Assignments, assignment => assignment.Exams.Count > 0);
        Assert.Equal("i5", seat.Individual!.Value.Value);
        var explanation = Explain(evaluation, "en");
        Assert.Contains(explanation.Plan, line => line.Contains("i5 (i5) should pass one app exam (MB2-717 or MB2-718 or MB2-877)", StringComparison.Ordinal));
    }

    [Fact]
    public void New_individuals_planned_for_one_set_count_in_the_next_so_they_are_not_counted_twice()
    {
        // Silver held by two people; Gold needs 5 for each set: 3 newcomers pass MB2-715 and MB2-716 (6 passes), then
        // the app set takes s1 as they are, s2 and the same 3 newcomers with one app exam each (4 passes): 10 passes, 3 people.
        var partner = A.Partner("P1").WithIndividual("s1", "MB2-715", "MB2-716", "MB2-717").WithIndividual("s2", "MB2-715", "MB2-716");

        var evaluation = Evaluate(partner);

        Assert.Equal("silver", evaluation.LevelHeld());
        var next = NextStep.Of(evaluation.Plan)!;
        Assert.Equal((10, 3), (next.AdditionalExamPasses, next.NewIndividuals));
        var step = Assert.Single(evaluation.Plan!.Steps.OfType<ExamPlanStep>());
        Assert.Equal([1, 2, 3], step.Assignments.Where(assignment => assignment.Slot.Value == "apps").Select(assignment => assignment.NewIndividual).OfType<int>().Order());
    }

    [Fact]
    public void The_explanation_lists_each_set_under_the_requirement_in_english_and_japanese()
    {
        var partner = A.Partner("P1");
        for (var person = 1; person <= 4; person++)
        {
            partner.WithIndividual($"i{person}", "MB2-715", "MB2-716", "MB2-718");
        }

        var evaluation = Evaluate(partner);
        var english = Explain(evaluation, "en").Levels.Single(level => level.Level == "Gold").Items;
        var japanese = Explain(evaluation, "ja").Levels.Single(level => level.Level == "ゴールド").Items;

        Assert.Equal((false, "Exams: 0 of 2 parts met (the same or different individuals may count in each part)", 0), (english[0].Met, english[0].Text, english[0].Depth));
        Assert.Equal((0m, 2m), (english[0].Figures!.Found, english[0].Figures!.Required));
        Assert.Contains(english, item => item.Depth == 1 && item.Text == "the same or different 5 individuals pass an app exam: 4 of 5 so far" && item.Figures!.Progress == 0.8m);
        Assert.Contains(english, item => item.Depth == 2 && item.Detail is { } detail && detail.Contains("1 more needed", StringComparison.Ordinal));
        Assert.StartsWith("試験: 2 項目中 0 項目を達成", japanese[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lapse_of_a_set_is_the_lapse_of_the_requirement()
    {
        var partner = A.Partner("P1");
        for (var person = 1; person <= 5; person++)
        {
            partner.WithIndividual(person == 3 ? A.Individual("i3").Passed("MB2-715", "MB2-716", "MB2-717").AssociatedUntil("2018-09-01") : A.Individual($"i{person}").Passed("MB2-715", "MB2-716", "MB2-717"));
        }

        var evaluation = Evaluate(partner);

        Assert.Equal("gold", evaluation.LevelHeld());
        Assert.Equal(Day.Of("2018-09-01"), evaluation.Lapse!.On);
        Assert.Contains("Gold lapses on 2018-09-01, when an individual it needs leaves", Explain(evaluation, "en").Lapse, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_names_the_kind_and_every_set()
    {
        var evaluation = Evaluate(A.Partner("P1").WithIndividual("solo", "MB2-715", "MB2-716", "MB2-717"));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(evaluation, AttainJson.Options));

        var requirement = json.RootElement.GetProperty("levels")[0].GetProperty("requirements")[0];
        Assert.Equal("examSlotSets", requirement.GetProperty("kind").GetString());
        Assert.Equal(2, requirement.GetProperty("sets").GetArrayLength());
    }

    [Fact]
    public void A_set_naming_an_unknown_exam_group_and_a_requirement_without_sets_are_problems_at_their_paths()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(CatalogPath))!;
        document["versions"]![0]!["levels"]![1]!["requirements"]![0]!["sets"]![1]!["slots"]![0]!["groups"] = new System.Text.Json.Nodes.JsonArray("apps", "marketing");
        document["versions"]![0]!["levels"]![0]!["requirements"]![0]!["sets"] = new System.Text.Json.Nodes.JsonArray();

        var read = CatalogReader.Read(document.ToJsonString(), "broken.json");

        Assert.Null(read.Value);
        Assert.Equal(
            ["versions[0].levels[0].requirements[0].sets", "versions[0].levels[1].requirements[0].sets[1].slots[0].groups"],
            read.Problems.Select(problem => problem.Location).Order(StringComparer.Ordinal));
    }

    private static ExamSlotSetsOutcome Sets(PartnerEvaluation evaluation, string level) =>
        evaluation.Outcome(level).Requirements.OfType<ExamSlotSetsOutcome>().Single();

    private static PartnerExplanation Explain(PartnerEvaluation evaluation, string culture) =>
        new EvaluationExplainer(Catalog, CultureInfo.GetCultureInfo(culture)).Explain(evaluation);

    private static PartnerEvaluation Evaluate(PartnerBuilder partner) => CompetencyEvaluator.Evaluate(Catalog, partner.Build(), Day.Of(AsOf));

    private static VersionedCatalog Load()
    {
        var read = CatalogReader.Read(File.ReadAllText(CatalogPath), "cloud-business-applications.json");
        return read.Value ?? throw new InvalidOperationException(string.Join("; ", read.Problems));
    }
}
