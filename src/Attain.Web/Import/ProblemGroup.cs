using Attain.Core;

namespace Attain.Web.Import;

/// <summary>
/// Problems alike (same file, column and message) shown once with how many rows and which lines (issue 11): 240 rows
/// naming the same unknown exam read as one entry, "lines 2–241", not 240. The full list stays downloadable. Past
/// 1,000 problems the reader has grouped them already (its entries carry their own counts) and each is its own group here.
/// </summary>
public sealed record ProblemGroup(Problem First, long Count, int? FirstLine, int? LastLine)
{
    /// <summary>The problem without its line: what every member of the group says.</summary>
    public string Text => (First with { Line = null }).ToString();

    /// <summary>Groups in the order their first problem was listed.</summary>
    public static IReadOnlyList<ProblemGroup> Of(IReadOnlyList<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var groups = new List<ProblemGroup>();
        var index = new Dictionary<(string, string?, string), int>();
        foreach (var problem in problems)
        {
            var key = (problem.Source, problem.Location, problem.Message);
            if (index.TryGetValue(key, out var at))
            {
                var group = groups[at];
                groups[at] = group with
                {
                    Count = group.Count + 1,
                    FirstLine = Min(group.FirstLine, problem.Line),
                    LastLine = Max(group.LastLine, problem.Line),
                };
            }
            else
            {
                index[key] = groups.Count;
                groups.Add(new ProblemGroup(problem, 1, problem.Line, problem.Line));
            }
        }

        return groups;
    }

    private static int? Min(int? a, int? b) => a is { } x && b is { } y ? Math.Min(x, y) : a ?? b;

    private static int? Max(int? a, int? b) => a is { } x && b is { } y ? Math.Max(x, y) : a ?? b;
}
