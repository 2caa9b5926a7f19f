using System.Globalization;
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

    private static Dictionary<(string Level, string Requirement), (bool Met, string Figure)> Requirements(string json)
    {
        using var document = JsonDocument.Parse(json);
        var found = new Dictionary<(string, string), (bool, string)>();
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

    private static string Figure(JsonElement requirement)
    {
        if (requirement.TryGetProperty("found", out var found) && requirement.TryGetProperty("required", out var required))
        {
            var market = requirement.TryGetProperty("market", out var value) ? $" ({value.GetString()} market)" : string.Empty;
            return string.Create(CultureInfo.InvariantCulture, $"US${found.GetDecimal():N2} of US${required.GetDecimal():N2}{market}");
        }

        if (requirement.TryGetProperty("individualsFound", out var individuals) && requirement.TryGetProperty("individualsRequired", out var needed))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{individuals.GetInt32()} of {needed.GetInt32()} individuals");
        }

        return string.Empty;
    }
}
