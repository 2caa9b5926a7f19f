using System.Globalization;
using Attain.Core.Evaluation;
using Attain.Core.Serialization;
using Attain.Data.Folder;
using nietras.SeparatedValues;

namespace Attain.Cli.Output;

/// <summary>
/// One row per partner for spreadsheets, written as partners come: the figures of <see cref="PartnerStanding"/>
/// (as in every other list), not the sentences, so the file is language-neutral. A missing figure is an empty cell.
/// Every text value goes through <see cref="CsvCell.Text"/> (quoting, and formula neutralisation: issue #9); numbers and
/// dates are Attain's own and need neither.
/// </summary>
public sealed class CsvReportWriter(TextWriter output) : IDisposable
{
    private readonly SepWriter _writer = Sep.New(',').Writer(options => options with { Escape = false }).To(output, leaveOpen: true);

    public void Write(PartnerEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var standing = PartnerStanding.Of(evaluation);
        using var row = _writer.NewRow();
        row["partner_id"].Set(CsvCell.Text(standing.PartnerId.Value));
        row["name"].Set(CsvCell.Text(standing.Name));
        row["country"].Set(CsvCell.Text(standing.Country.Value));
        row["market"].Set(standing.Market == Core.Model.Market.Developed ? "developed" : "developing");
        row["as_of"].Set(Date(standing.AsOf));
        row["ttm_revenue_usd"].Set(standing.TtmRevenueUsd.ToString());
        row["level"].Set(CsvCell.Text(standing.Level?.Value ?? LevelNames.None));
        foreach (var level in evaluation.Levels)
        {
            row[$"{level.Level.Value}_met"].Set(level.Met ? "true" : "false");
        }

        row["lapses_on"].Set(standing.LapseOn is { } lapse ? Date(lapse) : string.Empty);
        row["at_risk"].Set(standing.AtRisk ? "true" : "false");
        row["next_level"].Set(CsvCell.Text(standing.Next?.Level.Value ?? string.Empty));
        row["revenue_shortfall_usd"].Set(standing.RevenueShortfallUsd?.ToString() ?? string.Empty);
        row["additional_exam_passes"].Set(standing.Next is { } next ? Number(next.AdditionalExamPasses) : string.Empty);
        row["new_individuals"].Set(standing.Next is { } plan ? Number(plan.NewIndividuals) : string.Empty);
    }

    public void Dispose() => _writer.Dispose();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
