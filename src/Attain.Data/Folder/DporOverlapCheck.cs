using Attain.Core.Model;
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

    /// <summary>
    /// Reports every overlap among <paramref name="entries"/>, the file's intervals (sorted here in place: a copy of
    /// millions would double their memory), and between them and <paramref name="stored"/>. The stored intervals are
    /// read once, as they stream: only those of the file's <paramref name="customers"/> that it does not replace are kept.
    /// </summary>
    public static void Report(List<DporEntry> entries, SpanKeyedTable<int> customers, IEnumerable<StoredDpor> stored, ProblemLog problems)
    {
        entries.Sort(CompareCustomerThenStart);
        var stillStored = StillStored(entries, customers, stored);
        var byCustomerThenStart = entries;
        if (stillStored.Count > 0)
        {
            byCustomerThenStart = [.. entries, .. stillStored];
            byCustomerThenStart.Sort(CompareCustomerThenStart);
        }

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
    private static List<DporEntry> StillStored(List<DporEntry> sorted, SpanKeyedTable<int> customers, IEnumerable<StoredDpor> stored)
    {
        var still = new List<DporEntry>();
        foreach (var interval in stored)
        {
            if (customers.TryGetValue(interval.Customer.Value, out string? customer, out _) && !Lists(sorted, interval.Customer, interval.From))
            {
                still.Add(new DporEntry(new CustomerId(customer), interval.Partner, interval.From, interval.To, StoredLine));
            }
        }

        return still;
    }

    /// <summary>Whether <paramref name="sorted"/> (by customer, then start) has an interval of this customer and start.</summary>
    private static bool Lists(List<DporEntry> sorted, CustomerId customer, DateOnly from)
    {
        var (low, high) = (0, sorted.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = CompareCustomerThenStart(sorted[middle], customer, from);
            if (order == 0)
            {
                return true;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return false;
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

    /// <summary>The order the sweep needs; the line breaks ties, so the problems come out the same on every run.</summary>
    private static int CompareCustomerThenStart(DporEntry left, DporEntry right)
    {
        var byStart = CompareCustomerThenStart(left, right.Customer, right.From);
        return byStart != 0 ? byStart : left.Line.CompareTo(right.Line);
    }

    private static int CompareCustomerThenStart(DporEntry entry, CustomerId customer, DateOnly from)
    {
        var byCustomer = entry.Customer.CompareTo(customer);
        return byCustomer != 0 ? byCustomer : entry.From.CompareTo(from);
    }
}
