using Attain.Core.Catalog.Requirements;
using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>One pass over a catalog document, collecting problems as it goes.</summary>
internal sealed class CatalogReading(string source)
{
    private readonly Dictionary<string, Func<RequirementDocument, string, Requirement?>> _requirementKinds = [];
    private Dictionary<ExamCode, Exam> _exams = [];
    private Dictionary<ExamGroupId, ExamGroup> _groups = [];

    public List<Problem> Problems { get; } = [];

    public CompetencyCatalog Read(CatalogDocument document)
    {
        // One reader per requirement kind: a new kind is one more entry, not a new branch.
        _requirementKinds["revenue"] = ReadRevenueThreshold;
        _requirementKinds["examSlots"] = ReadExamSlots;

        var id = Required(document.Id, "id");
        var name = Text(document.Name, "name");
        var optionId = Required(document.Option?.Id, "option.id");
        var optionName = Text(document.Option?.Name, "option.name");
        var version = Required(document.Version, "version");
        var products = ReadProducts(document.Products ?? Missing<ProductDocument>("products"));
        _exams = ReadExams(document.Exams ?? Missing<ExamDocument>("exams"));
        _groups = ReadGroups(document.ExamGroups ?? Missing<ExamGroupDocument>("examGroups"));
        var markets = ReadMarkets(document.Markets ?? MissingMarkets());
        var levels = ReadLevels(document.Levels ?? Missing<LevelDocument>("levels"));

        return new CompetencyCatalog(id, name, optionId, optionName, version, _exams, _groups, products, markets, levels);
    }

    internal static bool TryParseMarket(string? text, out Market market)
    {
        switch (text)
        {
            case "developed":
                market = Market.Developed;
                return true;
            case "developing":
                market = Market.Developing;
                return true;
            default:
                market = default;
                return false;
        }
    }

    private Dictionary<ProductCode, Product> ReadProducts(List<ProductDocument> documents)
    {
        var products = new Dictionary<ProductCode, Product>();
        for (var index = 0; index < documents.Count; index++)
        {
            var path = $"products[{index}]";
            var code = new ProductCode(Required(documents[index].Code, $"{path}.code"));
            var product = new Product(code, Required(documents[index].Name, $"{path}.name"), documents[index].Qualifies ?? false);
            if (!products.TryAdd(code, product))
            {
                Add($"{path}.code", $"product {code} is listed twice");
            }
        }

        if (!products.Values.Any(product => product.Qualifies))
        {
            Add("products", "no product qualifies: no revenue could ever count");
        }

        return products;
    }

    private Dictionary<ExamCode, Exam> ReadExams(List<ExamDocument> documents)
    {
        var exams = new Dictionary<ExamCode, Exam>();
        for (var index = 0; index < documents.Count; index++)
        {
            var path = $"exams[{index}]";
            var code = new ExamCode(Required(documents[index].Code, $"{path}.code"));
            if (!exams.TryAdd(code, new Exam(code, Required(documents[index].Title, $"{path}.title"))))
            {
                Add($"{path}.code", $"exam {code} is listed twice");
            }
        }

        return exams;
    }

    private Dictionary<ExamGroupId, ExamGroup> ReadGroups(List<ExamGroupDocument> documents)
    {
        var groups = new Dictionary<ExamGroupId, ExamGroup>();
        for (var index = 0; index < documents.Count; index++)
        {
            var path = $"examGroups[{index}]";
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

    private MarketTable ReadMarkets(Dictionary<string, string> entries)
    {
        var markets = new Dictionary<CountryCode, Market>();
        foreach (var (country, market) in entries)
        {
            if (!CountryCode.IsWellFormed(country))
            {
                Add($"markets.{country}", $"'{country}' is not an ISO 3166-1 alpha-2 code (two upper-case letters)");
            }
            else if (!TryParseMarket(market, out var parsed))
            {
                Add($"markets.{country}", $"'{market}' is not a market: use developed or developing");
            }
            else
            {
                markets[new CountryCode(country)] = parsed;
            }
        }

        return new MarketTable(markets);
    }

    private List<LevelDefinition> ReadLevels(List<LevelDocument> documents)
    {
        var levels = new List<LevelDefinition>();
        if (documents.Count == 0)
        {
            Add("levels", "the competency needs at least one level");
        }

        for (var index = 0; index < documents.Count; index++)
        {
            var path = $"levels[{index}]";
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
            if (!listed.TryGetValue(key, out var amount))
            {
                Add($"{path}.thresholdsUsd.{key}", $"the threshold for the {key} market is missing");
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

        foreach (var key in listed.Keys.Where(key => !TryParseMarket(key, out _)))
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

    internal static string MarketName(Market market) => market switch
    {
        Market.Developed => "developed",
        Market.Developing => "developing",
        _ => throw new ArgumentOutOfRangeException(nameof(market), market, null),
    };

    private string Required(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, "is missing");
            return string.Empty;
        }

        return value;
    }

    private LocalizedText Text(TextDocument? text, string path) =>
        new(Required(text?.En, $"{path}.en"), Required(text?.Ja, $"{path}.ja"));

    private List<T> Missing<T>(string path)
    {
        Add(path, "is missing");
        return [];
    }

    private Dictionary<string, string> MissingMarkets()
    {
        Add("markets", "is missing");
        return [];
    }

    private void Add(string path, string message) => Problems.Add(new Problem(source, null, path, message));
}
