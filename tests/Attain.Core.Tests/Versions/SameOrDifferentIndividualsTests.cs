using System.Globalization;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Core.Model;
using Attain.Core.Tests.Support;

namespace Attain.Core.Tests.Versions;

/// <summary>
/// Issue 13, item 4's example, in a test catalog: "5 individuals pass both MB2-715 and MB2-716, and the same or
/// different 5 individuals pass one of MB2-717, MB2-718 or MB2-877". Distinctness holds within a requirement's slots
/// (SPEC §2), so two exam-slot requirements of one level may count the same people: evaluate, explain and plan.
/// </summary>
public sealed class SameOrDifferentIndividualsTests
{
    private static readonly VersionedCatalog Catalog = Load();

    private const string AsOf = "2018-06-15";

    [Fact]
    public void The_same_five_individuals_can_meet_both_requirements()
    {
        var partner = A.Partner("P1");
        for (var person = 1; person <= 5; person++)
        {
            partner.WithIndividual($"i{person}", "MB2-715", "MB2-716", "MB2-717");
        }

        var evaluation = Evaluate(partner);

        Assert.Equal("gold", evaluation.LevelHeld());
        var requirements = evaluation.Outcome("gold").Requirements.OfType<ExamSlotsOutcome>().ToList();
        Assert.All(requirements, requirement => Assert.True(requirement.Met));
        Assert.Equal(requirements[0].Filling("platform"), requirements[1].Filling("apps"));
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
    public void Within_one_requirement_the_individuals_are_still_distinct()
    {
        var partner = A.Partner("P1");
        for (var person = 1; person <= 4; person++)
        {
            partner.WithIndividual($"i{person}", "MB2-715", "MB2-716", "MB2-718");
        }

        var evaluation = Evaluate(partner);

        Assert.Equal("none", evaluation.LevelHeld());
        Assert.All(evaluation.Outcome("gold").Requirements.OfType<ExamSlotsOutcome>(), requirement => Assert.Equal((4, 5), (requirement.IndividualsFound, requirement.IndividualsRequired)));
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

        var step = Assert.Single(evaluation.Plan!.Steps.OfType<ExamPlanStep>());
        Assert.Equal("apps", step.RequirementId);
        Assert.Equal((1, 0), (step.AdditionalPasses, step.NewIndividuals));
        var seat = Assert.Single(step.Assignments, assignment => assignment.Exams.Count > 0);
        Assert.Equal("i5", seat.Individual!.Value.Value);

        var explanation = new EvaluationExplainer(Catalog, CultureInfo.GetCultureInfo("en")).Explain(evaluation);
        Assert.Contains(explanation.Plan, line => line.Contains("i5 (i5) should pass one app exam (MB2-717 or MB2-718 or MB2-877)", StringComparison.Ordinal));
        Assert.Contains(explanation.Levels.Single().Items, item => item.Text.Contains("the same or different 5 individuals pass an app exam: 4 of 5", StringComparison.Ordinal));
    }

    private static PartnerEvaluation Evaluate(PartnerBuilder partner) => CompetencyEvaluator.Evaluate(Catalog, partner.Build(), Day.Of(AsOf));

    private static VersionedCatalog Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Versions", "Catalogs", "cloud-business-applications.json");
        var read = CatalogReader.Read(File.ReadAllText(path), "cloud-business-applications.json");
        return read.Value ?? throw new InvalidOperationException(string.Join("; ", read.Problems));
    }
}
