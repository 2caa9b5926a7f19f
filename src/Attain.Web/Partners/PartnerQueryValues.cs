using Attain.Core.Model;
using Attain.Core.Serialization;
using Attain.Program.Partners;

namespace Attain.Web.Partners;

/// <summary>
/// Reads a partner list's query values into a <see cref="PartnerQuery"/>, or the first bad one as an error naming
/// it. The levels are the catalog's (and none), so a new level needs no change here.
/// </summary>
public static class PartnerQueryValues
{
    public static bool TryParse(
        IReadOnlyCollection<string> levels, string? level, string? market, string? atRisk, string? search, string? sort, string? page, string? pageSize,
        out PartnerQuery query, out string? error)
    {
        ArgumentNullException.ThrowIfNull(levels);
        query = new PartnerQuery();
        error = level is null or "" or LevelNames.None || levels.Contains(level)
            ? null
            : $"level: '{level}' is not one of {string.Join(", ", levels.Append(LevelNames.None))}.";
        Market? parsedMarket = market switch
        {
            null or "" => null,
            "developed" => Market.Developed,
            "developing" => Market.Developing,
            _ => null,
        };
        if (parsedMarket is null && market is { Length: > 0 })
        {
            error ??= $"market: '{market}' is not developed or developing.";
        }

        bool? parsedRisk = atRisk switch
        {
            null or "" => null,
            "true" => true,
            "false" => false,
            _ => null,
        };
        if (parsedRisk is null && atRisk is { Length: > 0 })
        {
            error ??= $"atRisk: '{atRisk}' is not true or false.";
        }

        var descending = sort is { Length: > 0 } && sort[0] == '-';
        var column = descending ? sort![1..] : sort;
        // By name only: Enum.TryParse would also take numbers and comma-separated combinations.
        var named = Enum.GetNames<PartnerSort>().FirstOrDefault(name => string.Equals(name, column, StringComparison.OrdinalIgnoreCase));
        var parsedSort = named is null ? PartnerSort.PartnerId : Enum.Parse<PartnerSort>(named);
        if (sort is { Length: > 0 } && named is null)
        {
            error ??= $"sort: '{sort}' is not one of {string.Join(", ", Enum.GetNames<PartnerSort>().Select(Camel))} (a leading '-' sorts descending).";
        }

        if (error is null
            && Evaluation.QueryValue.TryInt(page, "page", 1, 1, int.MaxValue, out var pageNumber, out error)
            && Evaluation.QueryValue.TryInt(pageSize, "pageSize", 50, 1, 500, out var size, out error))
        {
            query = new PartnerQuery(level is { Length: > 0 } ? level : null, parsedMarket, parsedRisk, string.IsNullOrWhiteSpace(search) ? null : search.Trim(), parsedSort, descending, pageNumber, size);
        }

        return error is null;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
