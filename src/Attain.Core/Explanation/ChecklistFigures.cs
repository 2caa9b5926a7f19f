namespace Attain.Core.Explanation;

/// <summary>
/// How far a checklist line is along, whatever its kind: the figure found and the figure required, as numbers (for a
/// progress bar) and as text in the explanation's language (dollars, individuals).
/// </summary>
public sealed record ChecklistFigures(decimal Found, decimal Required, string FoundText, string RequiredText)
{
    /// <summary>0 to 1; a requirement of nothing is complete.</summary>
    public decimal Progress => Required <= 0 ? 1 : Math.Clamp(Found / Required, 0, 1);
}
