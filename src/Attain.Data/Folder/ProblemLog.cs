using System.Globalization;
using Attain.Core;

namespace Attain.Data.Folder;

/// <summary>
/// The problems found while reading a data folder. Reading never stops at the first problem: SPEC §3 wants
/// every problem listed, so each reader adds what it finds here and carries on.
/// Memory is bounded whatever the input (issue #9): up to <see cref="MaximumListed"/> problems are kept and listed one
/// by one; beyond that the list is grouped — one entry per distinct problem of a column with its count and first and
/// last lines, up to <see cref="MaximumGroupsPerColumn"/> of them, then one entry for the rest of the column. Every
/// problem, however many, can go to <c>everyProblem</c> as it is found.
/// </summary>
internal sealed class ProblemLog(TextWriter? everyProblem = null)
{
    public const int MaximumListed = 1_000;

    public const int MaximumGroupsPerColumn = 50;

    private readonly Dictionary<(string File, string? Column, string Message), Group> _groups = [];
    private readonly Dictionary<(string File, string? Column), Group> _rest = [];
    private readonly Dictionary<(string File, string? Column), int> _groupsPerColumn = [];
    private List<Problem>? _listed = [];

    public long Count { get; private set; }

    public void Add(string file, int? line, string? column, string message)
    {
        var problem = new Problem(file, line, column, message);
        everyProblem?.WriteLine(problem);
        Count++;
        if (_listed is not null)
        {
            _listed.Add(problem);
            if (_listed.Count > MaximumListed)
            {
                _listed = null; // from now on, the groups are the list
            }
        }

        if (_groups.TryGetValue((file, column, message), out var group))
        {
            group.Add(line);
            return;
        }

        var perColumn = _groupsPerColumn.GetValueOrDefault((file, column));
        if (perColumn < MaximumGroupsPerColumn)
        {
            _groupsPerColumn[(file, column)] = perColumn + 1;
            _groups[(file, column, message)] = new Group(problem);
            return;
        }

        if (_rest.TryGetValue((file, column), out var rest))
        {
            rest.Add(line);
        }
        else
        {
            _rest[(file, column)] = new Group(problem);
        }
    }

    /// <summary>
    /// Fills a message template of <see cref="FolderMessages"/>. The template comes in the language of
    /// <see cref="CultureInfo.CurrentUICulture"/>; the values put into it (ids, dates, line numbers) are data,
    /// so they are always written the invariant way.
    /// </summary>
    public static string Say(string template, params ReadOnlySpan<object?> values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);

    /// <summary>
    /// The problems grouped by file in reading order and, within a file, by line: checks that look across rows
    /// (such as overlapping DPOR) run after a file is read, yet their problems belong among its lines. Past
    /// <see cref="MaximumListed"/> problems, the groups instead, and last a line with the total, on <paramref name="folder"/>.
    /// </summary>
    public IReadOnlyList<Problem> InFileOrder(string folder, IReadOnlyList<string> fileOrder)
    {
        if (_listed is not null)
        {
            return [.. _listed.OrderBy(problem => RankOf(problem.Source, fileOrder)).ThenBy(problem => problem.Line ?? 0)];
        }

        var groups = _groups.Values.Select(group => group.ToProblem(FolderMessages.ProblemRepeated))
            .Concat(_rest.Values.Select(group => group.ToProblem(FolderMessages.ProblemsMore)))
            .OrderBy(problem => RankOf(problem.Source, fileOrder)).ThenBy(problem => problem.Line ?? 0);
        // The folder by its name only: a web import unpacks into a temporary folder whose path is nobody's business.
        return [.. groups, new Problem(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), null, null, Say(FolderMessages.ProblemTotal, Count, MaximumListed))];
    }

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

    /// <summary>Problems alike: the first one, how many, and the first and last lines they are on.</summary>
    private sealed class Group(Problem first)
    {
        private long _count = 1;
        private int? _firstLine = first.Line;
        private int? _lastLine = first.Line;

        public void Add(int? line)
        {
            _count++;
            if (line is { } known)
            {
                _firstLine = _firstLine is { } low && low < known ? low : known;
                _lastLine = _lastLine is { } high && high > known ? high : known;
            }
        }

        /// <summary>The first problem as it is when alone; else <paramref name="template"/> with the message, count and lines.</summary>
        public Problem ToProblem(string template) => _count == 1
            ? first
            : first with { Line = _firstLine, Message = Say(template, first.Message, _count, _firstLine, _lastLine) };
    }
}
