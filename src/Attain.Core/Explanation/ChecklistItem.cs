namespace Attain.Core.Explanation;

/// <summary>One line of a level's checklist: a requirement (or one of its slots), met or not, said for people.</summary>
public sealed record ChecklistItem(bool Met, string Text, string? Detail, int Depth);
