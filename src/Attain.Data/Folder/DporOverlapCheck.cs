using static Attain.Data.Folder.ProblemLog;

namespace Attain.Data.Folder;

/// <summary>
/// SPEC §2: one customer has at most one DPOR at any moment, whichever partners the intervals name. Each customer's
/// intervals are sorted by start and swept once, keeping the one that ends last: an interval overlaps an earlier
/// starting one exactly when it starts before that end. O(n log n), so it keeps up with millions of rows.
/// </summary>
internal static class DporOverlapCheck
{
    private const string FromColumn = "from";

    /// <summary>Line number of an interval that comes from the store rather than the file.</summary>
    private const int StoredLine = 0;

    /// <summary>Reports every overlap. Sorts <paramref name="entries"/> in place: a copy of millions would double their memory.</summary>
    public static void Report(List<DporEntry> entries, IReadOnlyCollection<StoredDpor> stored, ProblemLog problems)
    {
        var byCustomerThenStart = stored.Count == 0 ? entries : [.. entries, .. StillStored(entries, stored)];
        byCustomerThenStart.Sort(CompareCustomerThenStart);
        var endingLast = default(DporEntry);
        for (var index = 0; index < byCustomerThenStart.Count; index++)
        {
            var current = byCustomerThenStart[index];
            if (index == 0 || current.Customer != endingLast.Customer)
            {
                endingLast = current;
                continue;
            }

            if (endingLast.To is not { } end || current.From < end)
            {
                ReportPair(current, endingLast, problems);
            }

            if (endingLast.To is { } lastEnd && (current.To is not { } currentEnd || currentEnd > lastEnd))
            {
                endingLast = current;
            }
        }
    }

    /// <summary>
    /// The stored intervals of the file's customers that the file does not replace. A file row with a stored
    /// interval's customer and start is that interval, updated: it is checked in place of the stored one.
    /// </summary>
    private static IEnumerable<DporEntry> StillStored(IReadOnlyList<DporEntry> entries, IReadOnlyCollection<StoredDpor> stored)
    {
        if (stored.Count == 0)
        {
            return [];
        }

        var customers = entries.Select(entry => entry.Customer).ToHashSet();
        var replaced = entries.Select(entry => (entry.Customer, entry.From)).ToHashSet();
        return stored
            .Where(interval => customers.Contains(interval.Customer) && !replaced.Contains((interval.Customer, interval.From)))
            .Select(interval => new DporEntry(interval.Customer, interval.Partner, interval.From, interval.To, StoredLine));
    }

    /// <summary>The problem goes on the later line of the two, and names the earlier one, so it reads top down.</summary>
    private static void ReportPair(DporEntry one, DporEntry other, ProblemLog problems)
    {
        var (later, earlier) = one.Line > other.Line ? (one, other) : (other, one);
        if (later.Line == StoredLine)
        {
            // Two stored intervals: the store was checked when they were imported.
            return;
        }

        var message = earlier.Line == StoredLine
            ? Say(FolderMessages.DporOverlapStored, later.PeriodText, later.Customer.Value, earlier.PeriodText, earlier.Partner.Value)
            : Say(FolderMessages.DporOverlap, later.PeriodText, later.Customer.Value, earlier.PeriodText, earlier.Line, earlier.Partner.Value);
        problems.Add(DporFile.Name, later.Line, FromColumn, message);
    }

    private static int CompareCustomerThenStart(DporEntry left, DporEntry right)
    {
        var byCustomer = left.Customer.CompareTo(right.Customer);
        if (byCustomer != 0)
        {
            return byCustomer;
        }

        var byStart = left.From.CompareTo(right.From);
        return byStart != 0 ? byStart : left.Line.CompareTo(right.Line);
    }
}
