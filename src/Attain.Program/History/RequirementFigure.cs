namespace Attain.Program.History;

/// <summary>
/// The figures a requirement was judged on in one snapshot: dollars found and required (revenue) or distinct
/// individuals found and required (exams). Numbers, not text, so each reader words them in its own language.
/// </summary>
public sealed record RequirementFigure(decimal? FoundUsd, decimal? RequiredUsd, string? Market, int? IndividualsFound, int? IndividualsRequired);
