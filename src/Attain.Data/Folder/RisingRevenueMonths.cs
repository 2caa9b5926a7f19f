using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>
/// The repeat check of revenue.csv in two bytes per customer and product, for a file whose rows of each customer and
/// product come in rising month order: an export sorted by month, or by customer (and product) and month. A month can
/// then only repeat the last one seen, and nothing else needs keeping. A row out of that order, a repeat among them,
/// ends it (<see cref="RevenueKeyCheck.OutOfOrder"/>): the file is checked again by <see cref="RevenueFirstLines"/>,
/// which names the line repeated.
/// </summary>
internal sealed class RisingRevenueMonths(int products) : IRevenueKeys
{
    private const int PageLength = 1 << 16;

    // A slot holds the month as counted from this one, plus one (0: none yet), in 16 bits: up to the year 7361.
    private static readonly Month Before = new(1900, 1);

    private readonly List<ushort[]> _pages = [];

    public RevenueKeyCheck Add(int customer, int product, Month month, int line, out int firstLine)
    {
        firstLine = 0;
        var stamp = month.MonthsSince(Before) + 1;
        if (stamp is < 1 or > ushort.MaxValue)
        {
            return RevenueKeyCheck.OutOfOrder;
        }

        var slot = (long)customer * products + product;
        var page = (int)(slot / PageLength);
        while (_pages.Count <= page)
        {
            _pages.Add(new ushort[PageLength]);
        }

        ref var last = ref _pages[page][(int)(slot % PageLength)];
        if (stamp <= last)
        {
            return RevenueKeyCheck.OutOfOrder;
        }

        last = (ushort)stamp;
        return RevenueKeyCheck.New;
    }
}
