using System.Globalization;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Web.Evaluation;

namespace Attain.Web.Pages.Partners;

/// <summary>
/// The what-if form's rows and the API request they make (issue 11): several passes by existing individuals, new
/// individuals with their exams and revenue; a plan (to the next level, or to keep the held one) fills it in.
/// </summary>
public static class WhatIfForm
{
    /// <summary>The form's rows from a plan's steps: the first exam a choice offers, each newcomer as a new individual, the revenue shortfall.</summary>
    public static (List<WhatIfPassRow> Passes, List<WhatIfPersonRow> People, decimal? Revenue) FromPlan(IEnumerable<PlanStep> steps, Func<int, string> newcomerName)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(newcomerName);
        var passes = new List<WhatIfPassRow>();
        var people = new List<WhatIfPersonRow>();
        decimal? revenue = null;
        foreach (var step in steps)
        {
            switch (step)
            {
                case RevenuePlanStep shortfall:
                    revenue = (revenue ?? 0) + shortfall.Shortfall.Amount;
                    break;
                case ExamPlanStep exams:
                    foreach (var seat in exams.Assignments)
                    {
                        var picks = seat.Exams.Where(choice => choice.Options.Count > 0).Select(choice => choice.Options[0].Value).ToList();
                        if (seat.Individual is { } id)
                        {
                            passes.AddRange(picks.Select(exam => new WhatIfPassRow { Individual = id.Value, Exam = exam }));
                        }
                        else
                        {
                            people.Add(new WhatIfPersonRow { Name = newcomerName(seat.NewIndividual ?? people.Count + 1), Exams = [.. picks] });
                        }
                    }

                    break;
            }
        }

        return (passes, people, revenue);
    }

    /// <summary>The request the filled rows make; null when nothing is filled in (nothing would change).</summary>
    public static WhatIfRequest? Request(IEnumerable<WhatIfPassRow> passes, IEnumerable<WhatIfPersonRow> people, decimal? revenue, Month revenueMonth)
    {
        var examPasses = passes.Where(row => !string.IsNullOrEmpty(row.Exam)).Select(row => new WhatIfExamPass(row.Individual, row.Exam)).ToList();
        var individuals = people
            .Select(row => (row.Name, Exams: row.Exams.Where(exam => !string.IsNullOrEmpty(exam)).Select(exam => exam!).ToList()))
            .Where(row => row.Exams.Count > 0 || !string.IsNullOrWhiteSpace(row.Name))
            .Select(row => new WhatIfIndividual(row.Name, row.Exams))
            .ToList();
        // Revenue is added to the last month of the window: the month that counts for as long as possible.
        var added = revenue is { } amount and not 0 ? new List<WhatIfRevenue> { new(revenueMonth.ToString(), amount) } : null;
        return examPasses.Count == 0 && individuals.Count == 0 && added is null
            ? null
            : new WhatIfRequest(ExamPasses: examPasses.Count > 0 ? examPasses : null, Individuals: individuals.Count > 0 ? individuals : null, Revenue: added);
    }

    public static string Amount(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
