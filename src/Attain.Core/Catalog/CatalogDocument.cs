namespace Attain.Core.Catalog;

// The catalog file's shape, as written by people. Everything is nullable here so that a missing field
// becomes a problem that names it, not a deserialisation exception; CatalogReader turns it into the model.

internal sealed record CatalogDocument(
    string? Id,
    TextDocument? Name,
    OptionDocument? Option,
    string? Version,
    List<ProductDocument>? Products,
    List<ExamDocument>? Exams,
    List<ExamGroupDocument>? ExamGroups,
    Dictionary<string, string>? Markets,
    List<LevelDocument>? Levels);

internal sealed record TextDocument(string? En, string? Ja);

internal sealed record OptionDocument(string? Id, TextDocument? Name);

internal sealed record ProductDocument(string? Code, string? Name, bool? Qualifies);

internal sealed record ExamDocument(string? Code, string? Title);

internal sealed record ExamGroupDocument(string? Id, TextDocument? Name, List<string>? Exams);

internal sealed record LevelDocument(string? Id, TextDocument? Name, List<RequirementDocument>? Requirements);

internal sealed record RequirementDocument(
    string? Kind,
    string? Id,
    TextDocument? Description,
    Dictionary<string, decimal>? ThresholdsUsd,
    List<SlotDocument>? Slots);

internal sealed record SlotDocument(string? Id, TextDocument? Name, int? Count, List<string>? Groups);
