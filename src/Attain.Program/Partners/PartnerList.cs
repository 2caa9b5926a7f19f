using Attain.Data.Store;
using Attain.Data.Store.Rows;
using Attain.Program.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Partners;

/// <summary>
/// A page of partners from the read model: one indexed query for the page, never an evaluation. The total is the run's
/// stored counts added up, or, for a search, a count of the matching standings up to <see cref="SearchCountLimit"/>.
/// The search is a parameter of a LIKE whose wildcards are escaped, over the lower-cased id and name.
/// </summary>
public static class PartnerList
{
    /// <summary>
    /// How many matches of a search are counted. A text as common as a word of most names matches most of a million
    /// standings, and counting them all reads them all; past this many, the total says "more than".
    /// </summary>
    public const int SearchCountLimit = 10_000;

    private const char Escape = '\\';

    public static Task<PartnerPage> PageAsync(AttainDbContext db, StoredEvaluation evaluation, PartnerQuery query, CancellationToken cancellationToken = default) =>
        PageAsync(db, evaluation, query, SearchCountLimit, cancellationToken);

    internal static async Task<PartnerPage> PageAsync(AttainDbContext db, StoredEvaluation evaluation, PartnerQuery query, int searchCountLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(query);
        var matching = Filter(db.PartnerStandings.AsNoTracking().Where(row => row.RunId == evaluation.RunId), query);
        var (total, exact) = string.IsNullOrWhiteSpace(query.Search)
            ? ((await RunCounts.LoadAsync(db, evaluation, cancellationToken)).Count(query.Level, query.Market is { } market ? StandingRows.MarketName(market) : null, query.AtRisk), true)
            : await CountUpToAsync(matching, searchCountLimit, cancellationToken);
        var skip = (int)Math.Min((long)(query.Page - 1) * query.PageSize, int.MaxValue);
        var rows = await Sort(matching, query.Sort, query.Descending).Skip(skip).Take(query.PageSize).ToListAsync(cancellationToken);
        return new PartnerPage([.. rows.Select(StandingRows.ToStanding)], query.Page, query.PageSize, total, exact, evaluation.AsOf, evaluation.CatalogVersion);
    }

    /// <summary>The matches counted up to <paramref name="limit"/> (the database stops reading there), and whether that is all of them.</summary>
    private static async Task<(int Total, bool Exact)> CountUpToAsync(IQueryable<PartnerStandingRow> matching, int limit, CancellationToken cancellationToken)
    {
        var counted = await matching.Take(limit + 1).CountAsync(cancellationToken);
        return counted > limit ? (limit, false) : (counted, true);
    }

    internal static IQueryable<PartnerStandingRow> Filter(IQueryable<PartnerStandingRow> rows, PartnerQuery query)
    {
        if (query.Level is { } level)
        {
            rows = rows.Where(row => row.Level == level);
        }

        if (query.Market is { } market)
        {
            var name = StandingRows.MarketName(market);
            rows = rows.Where(row => row.Market == name);
        }

        if (query.AtRisk is { } atRisk)
        {
            rows = rows.Where(row => row.AtRisk == atRisk);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + EscapeLike(query.Search.Trim().ToLowerInvariant()) + "%";
            rows = rows.Where(row => EF.Functions.Like(row.SearchKey, pattern, Escape.ToString()));
        }

        return rows;
    }

    /// <summary>The text of a search taken literally: %, _ and the escape character itself match only themselves.</summary>
    internal static string EscapeLike(string text) =>
        text.Replace(Escape.ToString(), $"{Escape}{Escape}", StringComparison.Ordinal)
            .Replace("%", $"{Escape}%", StringComparison.Ordinal)
            .Replace("_", $"{Escape}_", StringComparison.Ordinal);

    // The partner id breaks ties, in ascending order whichever way the column sorts, so pages never overlap or skip a row.
    private static IOrderedQueryable<PartnerStandingRow> Sort(IQueryable<PartnerStandingRow> rows, PartnerSort sort, bool descending)
    {
        var sorted = sort switch
        {
            PartnerSort.Name => By(row => row.Name),
            PartnerSort.Country => By(row => row.Country),
            PartnerSort.Market => By(row => row.Market),
            PartnerSort.Level => By(row => row.LevelRank),
            PartnerSort.TtmRevenueUsd => By(row => row.TtmRevenueCents),
            PartnerSort.NextLevel => By(row => row.NextLevel),
            PartnerSort.RevenueShortfallUsd => By(row => row.RevenueShortfallCents),
            PartnerSort.LapseOn => By(row => row.LapseOn),
            PartnerSort.AtRisk => By(row => row.AtRisk),
            _ => null,
        };
        return sorted is null
            ? (descending ? rows.OrderByDescending(row => row.PartnerId) : rows.OrderBy(row => row.PartnerId))
            : sorted.ThenBy(row => row.PartnerId);

        IOrderedQueryable<PartnerStandingRow> By<TKey>(System.Linq.Expressions.Expression<Func<PartnerStandingRow, TKey>> key) =>
            descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
    }
}
