using System.Globalization;
using Attain.Core;

namespace Attain.Data.Folder;

/// <summary>
/// The problems found while reading a data folder. Reading never stops at the first problem: SPEC §3 wants
/// every problem listed, so each reader adds what it finds here and carries on.
/// </summary>
internal sealed class ProblemLog
{
    private readonly List<Problem> _problems = [];

    public int Count => _problems.Count;

    public void Add(string file, int? line, string? column, string message) => _problems.Add(new Problem(file, line, column, message));

    /// <summary>
    /// Fills a message template of <see cref="FolderMessages"/>. The template comes in the language of
    /// <see cref="CultureInfo.CurrentUICulture"/>; the values put into it (ids, dates, line numbers) are data,
    /// so they are always written the invariant way.
    /// </summary>
    public static string Say(string template, params ReadOnlySpan<object?> values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>
    /// The problems grouped by file in reading order and, within a file, by line: checks that look across rows
    /// (such as overlapping DPOR) run after a file is read, yet their problems belong among its lines.
    /// </summary>
    public IReadOnlyList<Problem> InFileOrder(IReadOnlyList<string> fileOrder) =>
        [.. _problems.OrderBy(problem => RankOf(problem.Source, fileOrder)).ThenBy(problem => problem.Line ?? 0)];

    private static int RankOf(string source, IReadOnlyList<string> fileOrder)
    {
        for (var rank = 0; rank < fileOrder.Count; rank++)
        {
            if (fileOrder[rank] == source)
            {
                return rank;
            }
        }

        return -1; // the folder itself: before any of its files
    }
}
