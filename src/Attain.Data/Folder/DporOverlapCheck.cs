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

    public static void Report(IReadOnlyList<DporEntry> entries, ProblemLog problems)
    {
        var byCustomerThenStart = entries.ToArray();
        Array.Sort(byCustomerThenStart, CompareCustomerThenStart);
        var endingLast = default(DporEntry);
        for (var index = 0; index < byCustomerThenStart.Length; index++)
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

    /// <summary>The problem goes on the later line of the two, and names the earlier one, so it reads top down.</summary>
    private static void ReportPair(DporEntry one, DporEntry other, ProblemLog problems)
    {
        var (later, earlier) = one.Line > other.Line ? (one, other) : (other, one);
        var message = Say(FolderMessages.DporOverlap, later.PeriodText, later.Customer.Value, earlier.PeriodText, earlier.Line, earlier.Partner.Value);
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
