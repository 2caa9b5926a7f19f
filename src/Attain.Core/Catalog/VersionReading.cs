using System.Text.Json;
using Attain.Core.Catalog.Requirements;
using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>
/// Reads the sections of one catalog version (products, exams, exam groups, levels), each at the JSON path it was
/// found at: a section a version carries over from the one before is read, and reported, where it is written.
/// </summary>
internal sealed class VersionReading(CatalogProblems problems)
{
    private readonly Dictionary<string, Func<RequirementDocument, string, Requirement?>> _requirementKinds = [];
    private Dictionary<ExamCode, Exam> _exams = [];
    private Dictionary<ExamGroupId, ExamGroup> _groups = [];

    public (Dictionary<ProductCode, Product> Products, Dictionary<ExamCode, Exam> Exams, Dictionary<ExamGroupId, ExamGroup> Groups, List<LevelDefinition> Levels) Read(
        VersionSections sections)
    {
        // One reader per requirement kind: a new kind is one more entry, not a new branch.
        _requirementKinds["revenue"] = ReadRevenueThreshold;
        _requirementKinds["examSlots"] = ReadExamSlots;

        var products = ReadProducts(sections.Products.Documents, sections.Products.Path);
        _exams = ReadExams(sections.Exams.Documents, sections.Exams.Path);
        _groups = ReadGroups(sections.Groups.Documents, sections.Groups.Path);
        CheckEveryExamIsGrouped(sections.Exams.Documents, sections.Exams.Path);
        var levels = ReadLevels(sections.Levels.Documents, sections.Levels.Path);
        return (products, _exams, _groups, levels);
    }

    private Dictionary<ProductCode, Product> ReadProducts(List<ProductDocument> documents, string section)
    {
        var products = new Dictionary<ProductCode, Product>();
        for (var index = 0; index < documents.Count; index++)
        {
            var path = $"{section}[{index}]";
            var code = new ProductCode(Required(documents[index].Code, $"{path}.code"));
            var product = new Product(code, Required(documents[index].Name, $"{path}.name"), documents[index].Qualifies ?? false);
            if (!products.TryAdd(code, product))
            {
                Add($"{path}.code", $"product {code} is listed twice");
            }
        }

        if (!products.Values.Any(product => product.Qualifies))
        {
            Add(section, "no product qualifies: no revenue could ever count");
        }

        return products;
    }

    private Dictionary<ExamCode, Exam> ReadExams(List<ExamDocument> documents, string section)
    {
        var exams = new Dictionary<ExamCode, Exam>();
        for (var index = 0; index < documents.Count; index++)
        {
            var path = $"{section}[{index}]";
            var document = documents[index];
            var code = new ExamCode(Required(document.Code, $"{path}.code"));
            var retiredOn = problems.Date(document.RetiredOn, $"{path}.retiredOn");
            var acceptedUntil = problems.Date(document.AcceptedUntil, $"{path}.acceptedUntil");
            if (retiredOn is { } retired && acceptedUntil is { } until && until < retired)
            {
                Add($"{path}.acceptedUntil", $"{until:yyyy-MM-dd} is before retiredOn {retired:yyyy-MM-dd}: passes cannot stop counting before the exam is retired");
            }

            if (!exams.TryAdd(code, new Exam(code, Required(document.Title, $"{path}.title"), retiredOn, acceptedUntil)))
            {
                Add($"{path}.code", $"exam {code} is listed twice");
            }
        }

        return exams;
    }

    // An exam in no group could never count: a typo or a forgotten group, not a rule (issue 13, item 5). To drop an
    // exam from the rules, a version leaves it out of its exams; a data folder may still name it (SPEC §5).
    private void CheckEveryExamIsGrouped(List<ExamDocument> documents, string section)
    {
        for (var index = 0; index < documents.Count; index++)
        {
            if (documents[index].Code is { Length: > 0 } code && !_groups.Values.Any(group => group.Contains(new ExamCode(code))))
            {
                Add($"{section}[{index}].code", $"exam {code} is in no exam group, so a pass of it could never count");
            }
        }
    }

    private Dictionary<ExamGroupId, ExamGroup> ReadGroups(List<ExamGroupDocument> documents, string section)
    {
        var groups = new Dictionary<ExamGroupId, ExamGroup>();
        for (var index = 0; index < documents.Count; index++)
        {
            var path = $"{section}[{index}]";
            var document = documents[index];
            var id = new ExamGroupId(Required(document.Id, $"{path}.id"));
            var exams = new List<ExamCode>();
            var listed = document.Exams ?? Missing<string>($"{path}.exams");
            for (var examIndex = 0; examIndex < listed.Count; examIndex++)
            {
                var exam = new ExamCode(listed[examIndex]);
                if (!_exams.ContainsKey(exam))
                {
                    Add($"{path}.exams[{examIndex}]", $"exam {exam} is not in the catalog's exams");
                }
                else if (groups.Values.FirstOrDefault(group => group.Contains(exam)) is { } other)
                {
                    Add($"{path}.exams[{examIndex}]", $"exam {exam} is already in group {other.Id}");
                }
                else
                {
                    exams.Add(exam);
                }
            }

            if (listed.Count == 0)
            {
                Add($"{path}.exams", "a group needs at least one exam");
            }

            if (!groups.TryAdd(id, new ExamGroup(id, Text(document.Name, $"{path}.name"), exams)))
            {
                Add($"{path}.id", $"group {id} is listed twice");
            }
        }

        return groups;
    }

    private List<LevelDefinition> ReadLevels(List<LevelDocument> documents, string section)
    {
        var levels = new List<LevelDefinition>();
        if (documents.Count == 0)
        {
            Add(section, "the competency needs at least one level");
        }

        for (var index = 0; index < documents.Count; index++)
        {
            var path = $"{section}[{index}]";
            var document = documents[index];
            var id = new LevelId(Required(document.Id, $"{path}.id"));
            if (id.Value == "none")
            {
                Add($"{path}.id", "'none' is reserved for a partner that holds no level");
            }

            if (levels.Any(level => level.Id == id))
            {
                Add($"{path}.id", $"level {id} is listed twice");
            }

            var requirements = new List<Requirement>();
            var listed = document.Requirements ?? Missing<RequirementDocument>($"{path}.requirements");
            for (var requirementIndex = 0; requirementIndex < listed.Count; requirementIndex++)
            {
                if (ReadRequirement(listed[requirementIndex], $"{path}.requirements[{requirementIndex}]") is { } requirement)
                {
                    requirements.Add(requirement);
                }
            }

            levels.Add(new LevelDefinition(id, Text(document.Name, $"{path}.name"), requirements));
        }

        return levels;
    }

    private Requirement? ReadRequirement(RequirementDocument document, string path)
    {
        var kind = Required(document.Kind, $"{path}.kind");
        if (!_requirementKinds.TryGetValue(kind, out var read))
        {
            if (kind.Length > 0)
            {
                Add($"{path}.kind", $"unknown requirement kind '{kind}': use one of {string.Join(", ", _requirementKinds.Keys)}");
            }

            return null;
        }

        return read(document, path);
    }

    private RevenueThreshold ReadRevenueThreshold(RequirementDocument document, string path)
    {
        var thresholds = new Dictionary<Market, Usd>();
        var listed = document.ThresholdsUsd ?? [];
        foreach (var market in Enum.GetValues<Market>())
        {
            var key = MarketName(market);
            if (!listed.TryGetValue(key, out var value))
            {
                Add($"{path}.thresholdsUsd.{key}", $"the threshold for the {key} market is missing");
            }
            else if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
            {
                Add($"{path}.thresholdsUsd.{key}", $"{value.GetRawText()} is not a number of US dollars");
            }
            else if (amount < 0)
            {
                Add($"{path}.thresholdsUsd.{key}", $"a threshold cannot be negative ({amount})");
            }
            else if (!Usd.IsWithinLimit(amount))
            {
                // Issue #9: figures stay within the limit of revenue amounts, so a shortfall cannot overflow.
                Add($"{path}.thresholdsUsd.{key}", $"a threshold cannot exceed {new Usd(Usd.Limit)} ({amount})");
            }
            else
            {
                thresholds[market] = new Usd(amount);
            }
        }

        foreach (var key in listed.Keys.Where(key => !CatalogReading.TryParseMarket(key, out _)))
        {
            Add($"{path}.thresholdsUsd.{key}", $"'{key}' is not a market: use developed or developing");
        }

        return new RevenueThreshold(Required(document.Id, $"{path}.id"), Text(document.Description, $"{path}.description"), thresholds);
    }

    private ExamSlots ReadExamSlots(RequirementDocument document, string path)
    {
        var slots = new List<SlotDefinition>();
        var listed = document.Slots ?? Missing<SlotDocument>($"{path}.slots");
        for (var index = 0; index < listed.Count; index++)
        {
            var slotPath = $"{path}.slots[{index}]";
            var slot = listed[index];
            var count = slot.Count ?? 0;
            if (count < 1)
            {
                Add($"{slotPath}.count", "a slot needs a count of at least 1");
            }

            var groups = (slot.Groups ?? Missing<string>($"{slotPath}.groups")).Select(group => new ExamGroupId(group)).ToList();
            foreach (var unknown in groups.Where(group => !_groups.ContainsKey(group)))
            {
                Add($"{slotPath}.groups", $"exam group {unknown} is not in the catalog's examGroups");
            }

            if (groups.Count == 0)
            {
                Add($"{slotPath}.groups", "a slot needs at least one exam group");
            }

            slots.Add(new SlotDefinition(new SlotId(Required(slot.Id, $"{slotPath}.id")), Text(slot.Name, $"{slotPath}.name"), count, groups));
        }

        return new ExamSlots(Required(document.Id, $"{path}.id"), Text(document.Description, $"{path}.description"), slots);
    }

    internal static string MarketName(Market market) => CatalogReading.MarketName(market);

    private string Required(string? value, string path) => problems.Required(value, path);

    private LocalizedText Text(TextDocument? text, string path) => problems.Text(text, path);

    private List<T> Missing<T>(string path) => problems.Missing<T>(path);

    private void Add(string path, string message) => problems.Add(path, message);
}
