namespace Attain.Web.Pages.Partners;

/// <summary>One line of a level's checklist as the page shows it: the words, and how far along (0–1) with its figures.</summary>
public sealed record ChecklistRow(bool Met, string Text, string? Detail, int Depth, decimal? Progress, string? ProgressLabel);
