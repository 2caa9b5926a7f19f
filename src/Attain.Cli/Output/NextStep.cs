using Attain.Core.Evaluation;

namespace Attain.Cli.Output;

/// <summary>The plan to the next level in a few words, for a table cell.</summary>
public static class NextStep
{
    public static string Summary(PartnerEvaluation evaluation, ReportContext report)
    {
        if (evaluation.Plan is not { } plan)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        foreach (var step in plan.Steps)
        {
            switch (step)
            {
                case RevenuePlanStep revenue:
                    parts.Add(string.Format(report.Culture, CliTexts.Next_Revenue, report.Explainer.Money(revenue.Shortfall)));
                    break;
                case ExamPlanStep exams:
                    parts.Add(string.Format(report.Culture, CliTexts.Next_Exams, exams.AdditionalPasses));
                    if (exams.NewIndividuals > 0)
                    {
                        parts.Add(string.Format(report.Culture, CliTexts.Next_NewIndividuals, exams.NewIndividuals));
                    }

                    break;
            }
        }

        return $"{report.Explainer.LevelName(plan.Level)}: {string.Join(", ", parts)}";
    }
}
