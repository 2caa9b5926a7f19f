using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// The plan to the next level in figures, for a row of a list: the level, the revenue still missing (null when
/// revenue is not what is missing), and the exam passes and new individuals needed (0 when exams are not).
/// Every list (table, CSV, API, pages) reads these figures, so they agree; words come from
/// <see cref="Explanation.EvaluationExplainer.NextStep"/>.
/// </summary>
public sealed record NextStep(LevelId Level, Usd? RevenueShortfallUsd, int AdditionalExamPasses, int NewIndividuals)
{
    /// <summary>Null for a partner at the top level: there is no next step.</summary>
    public static NextStep? Of(NextLevelPlan? plan)
    {
        if (plan is null)
        {
            return null;
        }

        Usd? shortfall = null;
        var passes = 0;
        var individuals = 0;
        foreach (var step in plan.Steps)
        {
            var figures = step.Figures();
            if (figures.RevenueShortfall is { } more)
            {
                shortfall = shortfall is { } sum ? sum + more : more;
            }

            passes += figures.AdditionalPasses;
            individuals += figures.NewIndividuals;
        }

        return new NextStep(plan.Level, shortfall, passes, individuals);
    }
}
