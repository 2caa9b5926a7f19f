using System.Globalization;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Explanation;
using Attain.Web.Resources;

namespace Attain.Web.Pages.Partners;

/// <summary>
/// The explainer's checklist lines as the page shows them, with a progress bar wherever a line has figures: whatever
/// the requirement's kind, since each kind describes itself in <see cref="ChecklistItem"/>s.
/// </summary>
public static class ChecklistView
{
    public static IReadOnlyList<LevelView> Build(PartnerEvaluation evaluation, PartnerExplanation explanation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(explanation);
        return [.. evaluation.Levels.Zip(explanation.Levels, (level, words) => new LevelView(level.Level.Value, words.Level, level.Met, [.. words.Items.Select(Row)]))];
    }

    /// <summary>Who fills which slot: "Silver: App + deployment" for each slot of each level an individual is placed in.</summary>
    public static IReadOnlyList<MatrixRow> Matrix(CompetencyCatalog catalog, PartnerEvaluation evaluation, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(evaluation);
        var slotNames = catalog.Levels.SelectMany(level => level.Requirements).SelectMany(requirement => requirement.SlotDefinitions())
            .DistinctBy(slot => slot.Id).ToDictionary(slot => slot.Id, slot => slot.Name.In(culture));
        var fills = evaluation.Levels
            .SelectMany(level => level.Requirements.SelectMany(outcome => outcome.Fills())
                .SelectMany(fill => fill.Individuals.Select(individual => (individual, text: $"{catalog.Level(level.Level).Name.In(culture)}: {slotNames[fill.Slot]}"))))
            .ToLookup(entry => entry.individual, entry => entry.text);
        return [.. evaluation.Individuals.Select(individual => new MatrixRow(individual.Id, individual.Name, individual.Exams.ToHashSet(), [.. fills[individual.Id]]))];
    }

    private static ChecklistRow Row(ChecklistItem item) => new(
        item.Met,
        item.Text,
        item.Detail,
        item.Depth,
        item.Figures?.Progress,
        item.Figures is { } figures ? Pages.Localized.Format(WebTexts.Progress_Label, figures.FoundText, figures.RequiredText) : null);
}
