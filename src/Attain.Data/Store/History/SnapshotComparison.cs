using System.Text.Json;

namespace Attain.Data.Store.History;

/// <summary>
/// What changed between two stored evaluations: which requirement flipped, and the figures that made it flip.
/// Works on the stored JSON (SPEC §4 shape), so a snapshot taken by an older Attain still compares.
/// </summary>
public static class SnapshotComparison
{
    public static IReadOnlyList<RequirementChange> Between(string olderJson, string newerJson)
    {
        var before = Requirements(olderJson);
        var after = Requirements(newerJson);
        var changes = new List<RequirementChange>();
        foreach (var (key, now) in after)
        {
            if (before.TryGetValue(key, out var then) && then.Met != now.Met)
            {
                changes.Add(new RequirementChange(key.Level, key.Requirement, then.Met, now.Met, then.Figure, now.Figure));
            }
        }

        return changes;
    }

    /// <summary>The effectiveFrom of the dated catalog version a snapshot was evaluated under; null for one taken before versions existed.</summary>
    public static string? RulesVersionOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("catalogVersion", out var version) ? version.GetString() : null;
    }

    private static Dictionary<(string Level, string Requirement), (bool Met, RequirementFigure Figure)> Requirements(string json)
    {
        using var document = JsonDocument.Parse(json);
        var found = new Dictionary<(string, string), (bool, RequirementFigure)>();
        foreach (var level in document.RootElement.GetProperty("levels").EnumerateArray())
        {
            var levelId = level.GetProperty("level").GetString() ?? string.Empty;
            foreach (var requirement in level.GetProperty("requirements").EnumerateArray())
            {
                var id = requirement.GetProperty("requirementId").GetString() ?? string.Empty;
                found[(levelId, id)] = (requirement.GetProperty("met").GetBoolean(), Figure(requirement));
            }
        }

        return found;
    }

    private static RequirementFigure Figure(JsonElement requirement) => new(
        Decimal(requirement, "found"),
        Decimal(requirement, "required"),
        requirement.TryGetProperty("market", out var market) ? market.GetString() : null,
        Integer(requirement, "individualsFound"),
        Integer(requirement, "individualsRequired"));

    private static decimal? Decimal(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

    private static int? Integer(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
