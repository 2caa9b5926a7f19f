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
        _requirementKinds["examSlotSets"] = ReadExamSlotSets;

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
                Add($"{path}.code", Say(CatalogMessages.ProductTwice, code));
            }
        }

        if (!products.Values.Any(product => product.Qualifies))
        {
            Add(section, CatalogMessages.NoQualifyingProduct);
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
                Add($"{path}.acceptedUntil", Say(CatalogMessages.AcceptedBeforeRetired, Date(until), Date(retired)));
            }

            if (!exams.TryAdd(code, new Exam(code, Required(document.Title, $"{path}.title"), retiredOn, acceptedUntil)))
            {
                Add($"{path}.code", Say(CatalogMessages.ExamTwice, code));
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
                Add($"{section}[{index}].code", Say(CatalogMessages.ExamInNoGroup, code));
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
                    Add($"{path}.exams[{examIndex}]", Say(CatalogMessages.GroupExamUnknown, exam));
                }
                else if (groups.Values.FirstOrDefault(group => group.Contains(exam)) is { } other)
                {
                    Add($"{path}.exams[{examIndex}]", Say(CatalogMessages.ExamInTwoGroups, exam, other.Id));
                }
                else
                {
                    exams.Add(exam);
                }
            }

            if (listed.Count == 0)
            {
                Add($"{path}.exams", CatalogMessages.GroupEmpty);
            }

            if (!groups.TryAdd(id, new ExamGroup(id, Text(document.Name, $"{path}.name"), exams)))
            {
                Add($"{path}.id", Say(CatalogMessages.GroupTwice, id));
            }
        }

        return groups;
    }

    private List<LevelDefinition> ReadLevels(List<LevelDocument> documents, string section)
    {
        var levels = new List<LevelDefinition>();
        if (documents.Count == 0)
        {
            Add(section, CatalogMessages.NoLevel);
        }

        for (var index = 0; index < documents.Count; index++)
        {
            var path = $"{section}[{index}]";
            var document = documents[index];
            var id = new LevelId(Required(document.Id, $"{path}.id"));
            if (id.Value == "none")
            {
                Add($"{path}.id", CatalogMessages.LevelNoneReserved);
            }

            if (levels.Any(level => level.Id == id))
            {
                Add($"{path}.id", Say(CatalogMessages.LevelTwice, id));
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
                Add($"{path}.kind", Say(CatalogMessages.KindUnknown, kind, string.Join(", ", _requirementKinds.Keys)));
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
                Add($"{path}.thresholdsUsd.{key}", Say(CatalogMessages.ThresholdMissing, key));
            }
            else if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
            {
                Add($"{path}.thresholdsUsd.{key}", Say(CatalogMessages.ThresholdNotNumber, value.GetRawText()));
            }
            else if (amount < 0)
            {
                Add($"{path}.thresholdsUsd.{key}", Say(CatalogMessages.ThresholdNegative, amount));
            }
            else if (!Usd.IsWithinLimit(amount))
            {
                // Issue #9: figures stay within the limit of revenue amounts, so a shortfall cannot overflow.
                Add($"{path}.thresholdsUsd.{key}", Say(CatalogMessages.ThresholdBeyondLimit, new Usd(Usd.Limit), amount));
            }
            else
            {
                thresholds[market] = new Usd(amount);
            }
        }

        foreach (var key in listed.Keys.Where(key => !CatalogReading.TryParseMarket(key, out _)))
        {
            Add($"{path}.thresholdsUsd.{key}", Say(CatalogMessages.MarketUnknownKey, key));
        }

        return new RevenueThreshold(Required(document.Id, $"{path}.id"), Text(document.Description, $"{path}.description"), thresholds);
    }

    private ExamSlots ReadExamSlots(RequirementDocument document, string path) =>
        new(Required(document.Id, $"{path}.id"), Text(document.Description, $"{path}.description"), ReadSlots(document.Slots, path));

    private ExamSlotSets ReadExamSlotSets(RequirementDocument document, string path)
    {
        var listed = document.Sets ?? Missing<SlotSetDocument>($"{path}.sets");
        if (document.Sets is { Count: 0 })
        {
            Add($"{path}.sets", CatalogMessages.SetsEmpty);
        }

        var sets = new List<ExamSlots>(listed.Count);
        for (var index = 0; index < listed.Count; index++)
        {
            var setPath = $"{path}.sets[{index}]";
            var set = listed[index];
            sets.Add(new ExamSlots(Required(set.Id, $"{setPath}.id"), Text(set.Description, $"{setPath}.description"), ReadSlots(set.Slots, setPath)));
        }

        return new ExamSlotSets(Required(document.Id, $"{path}.id"), Text(document.Description, $"{path}.description"), sets);
    }

    private List<SlotDefinition> ReadSlots(List<SlotDocument>? documents, string path)
    {
        var slots = new List<SlotDefinition>();
        var listed = documents ?? Missing<SlotDocument>($"{path}.slots");
        for (var index = 0; index < listed.Count; index++)
        {
            var slotPath = $"{path}.slots[{index}]";
            var slot = listed[index];
            var count = slot.Count ?? 0;
            if (count < 1)
            {
                Add($"{slotPath}.count", CatalogMessages.SlotCount);
            }

            var groups = (slot.Groups ?? Missing<string>($"{slotPath}.groups")).Select(group => new ExamGroupId(group)).ToList();
            foreach (var unknown in groups.Where(group => !_groups.ContainsKey(group)))
            {
                Add($"{slotPath}.groups", Say(CatalogMessages.SlotGroupUnknown, unknown));
            }

            if (groups.Count == 0)
            {
                Add($"{slotPath}.groups", CatalogMessages.SlotNoGroup);
            }

            slots.Add(new SlotDefinition(new SlotId(Required(slot.Id, $"{slotPath}.id")), Text(slot.Name, $"{slotPath}.name"), count, groups));
        }

        return slots;
    }

    internal static string MarketName(Market market) => CatalogReading.MarketName(market);

    private string Required(string? value, string path) => problems.Required(value, path);

    private static string Say(string format, params object[] values) => CatalogProblems.Say(format, values);

    private static string Date(DateOnly date) => CatalogProblems.Date(date);

    private LocalizedText Text(TextDocument? text, string path) => problems.Text(text, path);

    private List<T> Missing<T>(string path) => problems.Missing<T>(path);

    private void Add(string path, string message) => problems.Add(path, message);
}
