using System.Text.Json;

namespace Attain.Core.Catalog;

// The catalog file's shape, as written by people. Everything is nullable here so that a missing field
// becomes a problem that names it, not a deserialisation exception; CatalogReader turns it into the model.

internal sealed record CatalogDocument(
    string? Id,
    TextDocument? Name,
    OptionDocument? Option,
    Dictionary<string, string>? Markets,
    List<VersionDocument>? Versions,
    JsonElement? Levels);

/// <summary>
/// One dated version (SPEC §5). A section it leaves out (products, exams, examGroups, levels) is the previous
/// version's, so a version lists only what changed; the market table is the catalog's, shared by all.
/// </summary>
internal sealed record VersionDocument(
    string? EffectiveFrom,
    List<ProductDocument>? Products,
    List<ExamDocument>? Exams,
    List<ExamGroupDocument>? ExamGroups,
    List<LevelDocument>? Levels);

internal sealed record TextDocument(string? En, string? Ja);

internal sealed record OptionDocument(string? Id, TextDocument? Name);

internal sealed record ProductDocument(string? Code, string? Name, bool? Qualifies);

internal sealed record ExamDocument(string? Code, string? Title, string? RetiredOn, string? AcceptedUntil);

internal sealed record ExamGroupDocument(string? Id, TextDocument? Name, List<string>? Exams);

internal sealed record LevelDocument(string? Id, TextDocument? Name, List<RequirementDocument>? Requirements);

// Thresholds stay raw JSON values here so that a threshold that is not a number is one more problem with its
// path, not an exception that hides every other problem of the file (issue 13, item 5).
internal sealed record RequirementDocument(
    string? Kind,
    string? Id,
    TextDocument? Description,
    Dictionary<string, JsonElement>? ThresholdsUsd,
    List<SlotDocument>? Slots,
    List<SlotSetDocument>? Sets);

/// <summary>One set of an examSlotSets requirement: its slots need distinct individuals; another set's may be the same people.</summary>
internal sealed record SlotSetDocument(string? Id, TextDocument? Description, List<SlotDocument>? Slots);

internal sealed record SlotDocument(string? Id, TextDocument? Name, int? Count, List<string>? Groups);
