using System.Globalization;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;

namespace Attain.Core.Explanation;

/// <summary>
/// What a requirement kind needs to put its outcome, plan step and lapse into words: the texts (Texts.resx, in the
/// explanation's language), the rules the evaluation was made under, and the formats every kind shares. The explainer
/// makes one per evaluation and hands it to each requirement, so the words of a kind live with the kind.
/// </summary>
public sealed class RequirementWording
{
    private readonly EvaluationExplainer _explainer;
    private readonly Dictionary<IndividualId, string> _names;

    internal RequirementWording(EvaluationExplainer explainer, CompetencyCatalog rules, PartnerEvaluation evaluation, CultureInfo culture)
    {
        _explainer = explainer;
        Rules = rules;
        Evaluation = evaluation;
        Culture = culture;
        _names = evaluation.Individuals.ToDictionary(individual => individual.Id, individual => individual.Name);
    }

    public CompetencyCatalog Rules { get; }

    public PartnerEvaluation Evaluation { get; }

    public CultureInfo Culture { get; }

    /// <summary>The text <paramref name="key"/> of Texts.resx (use <c>nameof(Texts.X)</c>), formatted in the explanation's culture.</summary>
    public string Say(string key, params object[] arguments) => _explainer.Say(key, arguments);

    public string Text(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.In(Culture);
    }

    public string Money(Usd amount) => _explainer.Money(amount);

    public string Number(int value) => value.ToString("N0", Culture);

    public string MarketName(Market market) => _explainer.MarketName(market);

    public string LevelName(LevelId? level) => _explainer.LevelName(level);

    public string? Validity(Exam exam) => _explainer.Validity(exam);

    /// <summary>A day in a sentence, in the style the host asked the explainer for (ISO, or spelled out on pages).</summary>
    public string Date(DateOnly date) => _explainer.Date(date);

    /// <summary>"Name (id)" of an individual of the evaluation.</summary>
    public string Individual(IndividualId id) => _names.TryGetValue(id, out var name) ? $"{name} ({id})" : id.Value;

    public string GroupName(ExamGroupId group) => Rules.ExamGroups[group].Name.In(Culture);

    /// <summary>A slot's name, whichever requirement of the rules defines it.</summary>
    public string SlotName(SlotId id) =>
        Rules.Levels.SelectMany(level => level.Requirements).SelectMany(requirement => requirement.SlotDefinitions()).First(slot => slot.Id == id).Name.In(Culture);
}
