namespace Attain.Core.Explanation;

public sealed record LevelChecklist(string Level, bool Met, IReadOnlyList<ChecklistItem> Items);
