using System.Globalization;
using Attain.Core.Evaluation;
using Attain.Core.Serialization;
using Attain.Data.Folder;
using nietras.SeparatedValues;

namespace Attain.Cli.Output;

/// <summary>
/// One row per partner for spreadsheets: the figures, not the sentences (language-neutral). Every text value goes
/// through <see cref="CsvCell.Text"/> (quoting, and formula neutralisation: issue #9); numbers and dates are Attain's own.
/// </summary>
public static class CsvReport
{
    public static void Write(IEnumerable<PartnerEvaluation> evaluations, TextWriter output)
    {
        // Sep does no escaping here: CsvCell quotes the text, and Attain's own numbers and dates need none.
        using var writer = Sep.New(',').Writer(options => options with { Escape = false }).To(output, leaveOpen: true);
        foreach (var evaluation in evaluations)
        {
            using var row = writer.NewRow();
            row["partner_id"].Set(CsvCell.Text(evaluation.PartnerId.Value));
            row["name"].Set(CsvCell.Text(evaluation.PartnerName));
            row["country"].Set(CsvCell.Text(evaluation.Country.Value));
            row["market"].Set(evaluation.Market == Core.Model.Market.Developed ? "developed" : "developing");
            row["as_of"].Set(Date(evaluation.AsOf));
            row["ttm_revenue_usd"].Set(evaluation.TtmRevenueUsd.ToString());
            row["level"].Set(CsvCell.Text(evaluation.Level?.Value ?? LevelNames.None));
            foreach (var level in evaluation.Levels)
            {
                row[$"{level.Level.Value}_met"].Set(level.Met ? "true" : "false");
            }

            row["lapses_on"].Set(evaluation.Lapse is { } lapse ? Date(lapse.On) : string.Empty);
            row["next_level"].Set(CsvCell.Text(evaluation.Plan?.Level.Value ?? string.Empty));
            var steps = evaluation.Plan?.Steps ?? [];
            row["revenue_shortfall_usd"].Set(steps.OfType<RevenuePlanStep>().SingleOrDefault()?.Shortfall.ToString() ?? "0.00");
            row["additional_exam_passes"].Set(Number(steps.OfType<ExamPlanStep>().Sum(step => step.AdditionalPasses)));
            row["new_individuals"].Set(Number(steps.OfType<ExamPlanStep>().Sum(step => step.NewIndividuals)));
        }
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
