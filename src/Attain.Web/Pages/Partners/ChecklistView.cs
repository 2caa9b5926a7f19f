using System.Globalization;
using Attain.Core.Catalog;
using Attain.Core.Catalog.Requirements;
using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Web.Resources;

namespace Attain.Web.Pages.Partners;

/// <summary>
/// Lines up the explainer's sentences with the engine's figures, level by level: each revenue requirement is one
/// line, each exam requirement one line and then one per slot (the order <see cref="EvaluationExplainer"/> uses).
/// </summary>
public static class ChecklistView
{
    public static IReadOnlyList<LevelView> Build(PartnerEvaluation evaluation, PartnerExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(explanation);
        return [.. evaluation.Levels.Zip(explanation.Levels, (level, words) =>
        {
            var rows = new List<ChecklistRow>();
            var items = words.Items.GetEnumerator();
            foreach (var outcome in level.Requirements)
            {
                switch (outcome)
                {
                    case RevenueOutcome revenue when items.MoveNext():
                        rows.Add(Row(items.Current, Ratio(revenue.Found.Amount, revenue.Required.Amount), Pages.Localized.Format(WebTexts.Progress_Label, Pages.Localized.Money(revenue.Found), Pages.Localized.Money(revenue.Required))));
                        break;
                    case ExamSlotsOutcome exams when items.MoveNext():
                        rows.Add(Row(items.Current, Ratio(exams.IndividualsFound, exams.IndividualsRequired), Pages.Localized.Format(WebTexts.Progress_Label, exams.IndividualsFound, exams.IndividualsRequired)));
                        foreach (var _ in exams.Slots)
                        {
                            if (items.MoveNext())
                            {
                                rows.Add(Row(items.Current, null, null));
                            }
                        }

                        break;
                }
            }

            return new LevelView(level.Level.Value, words.Level, level.Met, rows);
        })];
    }

    /// <summary>Who fills which slot: "Silver: App + deployment" for each slot of each level an individual is placed in.</summary>
    public static IReadOnlyList<MatrixRow> Matrix(CompetencyCatalog catalog, PartnerEvaluation evaluation, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(evaluation);
        var slotNames = catalog.Levels.SelectMany(level => level.Requirements.OfType<ExamSlots>()).SelectMany(requirement => requirement.Slots)
            .DistinctBy(slot => slot.Id).ToDictionary(slot => slot.Id, slot => slot.Name.In(culture));
        var fills = evaluation.Levels
            .SelectMany(level => level.Requirements.OfType<ExamSlotsOutcome>().SelectMany(outcome => outcome.Slots)
                .SelectMany(fill => fill.Individuals.Select(individual => (individual, text: $"{catalog.Level(level.Level).Name.In(culture)}: {slotNames[fill.Slot]}"))))
            .ToLookup(entry => entry.individual, entry => entry.text);
        return [.. evaluation.Individuals.Select(individual => new MatrixRow(individual.Id, individual.Name, individual.Exams.ToHashSet(), [.. fills[individual.Id]]))];
    }

    private static ChecklistRow Row(ChecklistItem item, decimal? progress, string? label) => new(item.Met, item.Text, item.Detail, item.Depth, progress, label);

    private static decimal Ratio(decimal found, decimal required) => required <= 0 ? 1 : Math.Clamp(found / required, 0, 1);
}
