using System.Text.Json.Nodes;

namespace Attain.Web.Setup.OpenApi;

/// <summary>What each problem status means in this API, and an example document for it as the API writes one.</summary>
public static class ProblemTexts
{
    public static readonly IReadOnlyDictionary<int, (string Description, string Title, string? Detail)> ByStatus = new Dictionary<int, (string, string, string?)>
    {
        [400] = ("A value in the request is not valid: the problem's detail (and `problems`, when there are several) names each field or data file line and what is wrong.", "A value in the request is not valid.", "asOf: '2026-13-01' is not a date in the form YYYY-MM-DD."),
        [401] = ("No bearer token, or one that is expired or not signed by a key this server trusts. The pages' cookie is never accepted here.", "Unauthorized", null),
        [403] = ("The token is valid but its role may not do this: a partner's token on another partner, or on an operator's endpoint.", "Forbidden", null),
        [404] = ("What the path names is not in the store (a partner, a job, a problem list that expired after an hour).", "No such partner.", "Partner 'P-9999' is not in the store."),
        [409] = ("The store is not in the state this needs: another job is running (the problem names it in `job`), or the stored evaluation is for another date (the detail says how to evaluate the program as of the date asked).", "Another job is running.", "Job 7 (import, running) is evaluating the program; one job runs at a time. Wait for it (/api/jobs/7) and send this again."),
        [413] = ("The upload is larger than Attain:ImportLimitBytes (default 50 MiB).", "The upload is too large.", "An import may be at most 52428800 bytes (Attain:ImportLimitBytes)."),
        [429] = ("Another import is being read right now; only one is read at a time. Retry after the number of seconds in the Retry-After header.", "An import is already running.", "Another import is running; only one runs at a time. Retry after it ends."),
        [503] = ("The server cannot take an import now for a reason of its own (its temporary folder is missing or full); the detail says what its operator must fix.", "The server cannot take an import now.", null),
    };

    public static JsonNode Example(int status)
    {
        var (_, title, detail) = ByStatus[status];
        var example = new JsonObject
        {
            // The type ASP.NET Core gives each status: RFC 9110's section for it (429 is RFC 6585's).
            ["type"] = status == 429 ? "https://tools.ietf.org/html/rfc6585#section-4" : $"https://tools.ietf.org/html/rfc9110#section-15.{(status >= 500 ? 6 : 5)}.{status % 100 + 1}",
            ["title"] = title,
            ["status"] = status,
        };
        if (detail is not null)
        {
            example["detail"] = detail;
        }

        return example;
    }
}
