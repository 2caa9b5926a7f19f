using Attain.Core.Model;

namespace Attain.Core.Catalog;

/// <summary>
/// One pass over a catalog document, collecting problems as it goes: the competency's names and market table,
/// then each dated version (SPEC §5), which must run oldest first with one version per effectiveFrom date.
/// </summary>
internal sealed class CatalogReading(string source)
{
    private readonly CatalogProblems _problems = new(source);

    public List<Problem> Problems => _problems.All;

    public VersionedCatalog? Read(CatalogDocument document)
    {
        var id = _problems.Required(document.Id, "id");
        var name = _problems.Text(document.Name, "name");
        var optionId = _problems.Required(document.Option?.Id, "option.id");
        var optionName = _problems.Text(document.Option?.Name, "option.name");
        var markets = ReadMarkets(document.Markets ?? MissingMarkets());

        if (document.Versions is not { } versions)
        {
            // A catalog written before versions existed has its rules at the top: say how to move them.
            _problems.Add("versions", document.Levels is null
                ? "is missing"
                : "is missing: rules are dated now (SPEC §5); move products, exams, examGroups and levels into versions[0] and give it an effectiveFrom date");
            return null;
        }

        if (versions.Count == 0)
        {
            _problems.Add("versions", "a catalog needs at least one version");
        }

        var read = new List<CompetencyCatalog>(versions.Count);
        var starts = new List<(DateOnly Day, int Index)>();
        VersionSections? carried = null;
        for (var index = 0; index < versions.Count; index++)
        {
            var path = $"versions[{index}]";
            var version = versions[index];
            var effectiveFrom = EffectiveFrom(version.EffectiveFrom, $"{path}.effectiveFrom", starts, index);

            // A section a version leaves out is the previous version's; the first version must give them all.
            var sections = new VersionSections(
                Carry(version.Products, $"{path}.products", carried?.Products),
                Carry(version.Exams, $"{path}.exams", carried?.Exams),
                Carry(version.ExamGroups, $"{path}.examGroups", carried?.Groups),
                Carry(version.Levels, $"{path}.levels", carried?.Levels));
            carried = sections;

            var (products, exams, groups, levels) = new VersionReading(_problems).Read(sections);
            read.Add(new CompetencyCatalog(id, name, optionId, optionName, effectiveFrom ?? default, exams, groups, products, markets, levels));
        }

        return Problems.Count == 0 ? new VersionedCatalog(read) : null;
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

    internal static string MarketName(Market market) => market switch
    {
        Market.Developed => "developed",
        Market.Developing => "developing",
        _ => throw new ArgumentOutOfRangeException(nameof(market), market, null),
    };

    // A version is in force until the next one starts, so two versions can only overlap by starting on the same
    // day; and a list out of date order would make "the latest effectiveFrom ≤ D" depend on reading order.
    private DateOnly? EffectiveFrom(string? text, string path, List<(DateOnly Day, int Index)> starts, int index)
    {
        if (text is null)
        {
            _problems.Add(path, "is missing");
            return null;
        }

        if (_problems.Date(text, path) is not { } day)
        {
            return null;
        }

        var same = starts.FindIndex(start => start.Day == day);
        if (same >= 0)
        {
            _problems.Add(path, $"versions[{starts[same].Index}] also takes effect on {day:yyyy-MM-dd}: two versions would be in force at once");
        }
        else if (starts.Count > 0 && starts[^1].Day > day)
        {
            _problems.Add(path, $"{day:yyyy-MM-dd} is before versions[{starts[^1].Index}].effectiveFrom {starts[^1].Day:yyyy-MM-dd}: list versions oldest first");
        }

        starts.Add((day, index));
        return day;
    }

    private Section<T> Carry<T>(List<T>? written, string path, Section<T>? previous) =>
        written is not null ? new Section<T>(written, path)
        : previous ?? new Section<T>(_problems.Missing<T>(path), path);

    private MarketTable ReadMarkets(Dictionary<string, string> entries)
    {
        var markets = new Dictionary<CountryCode, Market>();
        foreach (var (country, market) in entries)
        {
            if (!CountryCode.IsWellFormed(country))
            {
                _problems.Add($"markets.{country}", $"'{country}' is not an ISO 3166-1 alpha-2 code (two upper-case letters)");
            }
            else if (!TryParseMarket(market, out var parsed))
            {
                _problems.Add($"markets.{country}", $"'{market}' is not a market: use developed or developing");
            }
            else
            {
                markets[new CountryCode(country)] = parsed;
            }
        }

        return new MarketTable(markets);
    }

    private Dictionary<string, string> MissingMarkets()
    {
        _problems.Add("markets", "is missing");
        return [];
    }
}
