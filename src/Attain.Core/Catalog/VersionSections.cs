namespace Attain.Core.Catalog;

/// <summary>The sections one version is read from, each with the JSON path where it is written (perhaps an earlier version's).</summary>
internal sealed record VersionSections(
    Section<ProductDocument> Products,
    Section<ExamDocument> Exams,
    Section<ExamGroupDocument> Groups,
    Section<LevelDocument> Levels);

internal sealed record Section<T>(List<T> Documents, string Path);
