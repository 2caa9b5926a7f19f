namespace Attain.Core.Explanation;

/// <summary>
/// One line of a level's checklist: a requirement (or a part of it), met or not, said for people, with its figures
/// when it has any. Every requirement kind describes itself in these lines, so hosts render any kind the same way.
/// </summary>
public sealed record ChecklistItem(bool Met, string Text, string? Detail, int Depth, ChecklistFigures? Figures = null);
