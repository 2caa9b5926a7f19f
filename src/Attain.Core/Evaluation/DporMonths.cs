using Attain.Core.Model;

namespace Attain.Core.Evaluation;

/// <summary>
/// For each customer of a partner, the months of the TTM window its DPOR intervals overlap, as bits (bit i is
/// the window's i-th month). Worked out once per interval instead of once per revenue line.
/// </summary>
internal readonly struct DporMonths
{
    // Up to this many customers a linear scan beats hashing; most partners have a handful.
    private const int ScanLimit = 8;

    private readonly CustomerId[] _customers;
    private readonly int[] _months;
    private readonly int _count;
    private readonly Dictionary<CustomerId, int>? _byCustomer;

    private DporMonths(CustomerId[] customers, int[] months, int count, Dictionary<CustomerId, int>? byCustomer)
    {
        _customers = customers;
        _months = months;
        _count = count;
        _byCustomer = byCustomer;
    }

    public static DporMonths Of(IReadOnlyList<DporInterval> intervals, MonthRange window)
    {
        if (window.Count > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(window), window, "A TTM window has at most 31 months here.");
        }

        var scan = intervals.Count <= ScanLimit;
        var customers = scan ? new CustomerId[intervals.Count] : [];
        var months = scan ? new int[intervals.Count] : [];
        var count = 0;
        Dictionary<CustomerId, int>? byCustomer = scan ? null : new(intervals.Count);
        foreach (var interval in intervals)
        {
            var mask = MaskOf(interval.Period, window);
            if (byCustomer is not null)
            {
                byCustomer[interval.Customer] = byCustomer.GetValueOrDefault(interval.Customer) | mask;
                continue;
            }

            var at = Array.IndexOf(customers, interval.Customer, 0, count);
            if (at < 0)
            {
                customers[count] = interval.Customer;
                months[count++] = mask;
            }
            else
            {
                months[at] |= mask;
            }
        }

        return new DporMonths(customers, months, count, byCustomer);
    }

    public int MonthsOf(CustomerId customer)
    {
        if (_byCustomer is not null)
        {
            return _byCustomer.GetValueOrDefault(customer);
        }

        var at = Array.IndexOf(_customers, customer, 0, _count);
        return at < 0 ? 0 : _months[at];
    }

    // SPEC §2: [from, to) counts for a month when it overlaps the month, i.e. from < the month's end and the
    // month's first day < to. Month m overlaps from month Of(from) on, and up to Of(to) unless to is a first day.
    private static int MaskOf(DateInterval period, MonthRange window)
    {
        var first = period.From is { } from ? Math.Max(0, Month.Of(from).MonthsSince(window.First)) : 0;
        var last = window.Count - 1;
        if (period.To is { } to)
        {
            var lastMonth = Month.Of(to).Plus(to.Day == 1 ? -1 : 0);
            last = Math.Min(last, lastMonth.MonthsSince(window.First));
        }

        var mask = 0;
        for (var index = first; index <= last; index++)
        {
            mask |= 1 << index;
        }

        return mask;
    }
}
