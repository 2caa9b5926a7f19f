namespace Attain.Web.Pages.Partners;

public sealed record LevelView(string LevelId, string Name, bool Met, IReadOnlyList<ChecklistRow> Rows);
