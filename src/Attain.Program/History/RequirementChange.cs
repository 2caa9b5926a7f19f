namespace Attain.Program.History;

/// <summary>A requirement of a level that was met in one snapshot and not in the other, with the figures of each.</summary>
public sealed record RequirementChange(string Level, string RequirementId, bool WasMet, bool IsMet, RequirementFigure Before, RequirementFigure After);
