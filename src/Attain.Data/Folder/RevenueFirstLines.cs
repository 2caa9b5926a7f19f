using System.Runtime.InteropServices;
using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>
/// Every key of revenue.csv with the line it is first listed on: the repeat check for a file in any order. One table per
/// product, keyed by customer and month packed in a long: with tens of millions of keys, a long hashes cheaply and
/// keeps a customer's months close together in the table (a tuple key measured twice as slow).
/// </summary>
internal sealed class RevenueFirstLines : IRevenueKeys
{
    private static readonly Month FirstMonth = new(1, 1);
    private readonly Dictionary<long, int>[] _byProduct;

    public RevenueFirstLines(int products)
    {
        _byProduct = new Dictionary<long, int>[products];
        for (var index = 0; index < products; index++)
        {
            _byProduct[index] = [];
        }
    }

    public RevenueKeyCheck Add(int customer, int product, Month month, int line, out int firstLine)
    {
        var key = ((long)customer << 32) | (uint)month.MonthsSince(FirstMonth);
        ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_byProduct[product], key, out var listed);
        if (listed)
        {
            firstLine = first;
            return RevenueKeyCheck.Repeated;
        }

        first = line;
        firstLine = 0;
        return RevenueKeyCheck.New;
    }
}
