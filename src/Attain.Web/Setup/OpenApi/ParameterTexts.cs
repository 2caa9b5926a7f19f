namespace Attain.Web.Setup.OpenApi;

/// <summary>What each query and path parameter of the API means, by name, with a real example value.</summary>
public static class ParameterTexts
{
    public static readonly IReadOnlyDictionary<string, (string Description, string Example)> ByName = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["id"] = ("The partner's id, as in partners.csv. A partner's token opens only its own id.", "P-1014"),
        ["jobId"] = ("The job's number, from the 202 answer that started it (its Location header).", "7"),
        ["listId"] = ("The id of a rejected import's problem list, from the 400 answer's `allProblems` link.", "3f2b8c1d9e4a4b7c8d6e5f4a3b2c1d0e"),
        ["asOf"] = ("The date to evaluate as of, YYYY-MM-DD (default: today, UTC). For lists and the summary it must be the stored evaluation's date.", "2026-11-25"),
        ["lang"] = ("The language of the texts for people: en or ja (default: the Accept-Language header, else en).", "en"),
        ["level"] = ("Only partners holding this level: a level id of the catalog (silver, gold) or none.", "gold"),
        ["market"] = ("Only partners in this market: developed or developing.", "developed"),
        ["atRisk"] = ("true: only partners whose level lapses within 90 days; false: only the others.", "true"),
        ["search"] = ("Only partners whose id or name contains this text (case-insensitive, taken literally).", "northwind"),
        ["sort"] = ("The column to sort by: partnerId, name, country, market, level, ttmRevenueUsd, nextLevel, revenueShortfallUsd, lapseOn, atRisk; a leading - sorts descending.", "-ttmRevenueUsd"),
        ["page"] = ("The page to answer, from 1.", "1"),
        ["pageSize"] = ("Partners per page, 1 to 500 (default 50).", "50"),
        ["runId"] = ("The impact run's id, from the 202 answer that started it (its Location header).", "9f1c2e3d4b5a46978899aabbccddeeff"),
        ["fromLevel"] = ("Only partners whose level under the catalog in force is this one: silver, gold or none.", "gold"),
        ["toLevel"] = ("Only partners whose level under the proposed catalog is this one: silver, gold or none.", "silver"),
        ["kind"] = ("Only reminders of this kind: anniversaryAhead, renewalWindowOpen, renewalSecondReminder, demotionPending (the approval queue) or overrideExpiring.", "demotionPending"),
        ["name"] = ("The name the drop is recorded under, shown in each partner's history (default: upload). Control characters become spaces; at most 200 characters.", "drop-2026-11.zip"),
    };
}
