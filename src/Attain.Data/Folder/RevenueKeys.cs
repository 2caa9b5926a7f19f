using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>The keys of the revenue rows read so far, (customer, product, month) by their dense indexes: how a repeat is found.</summary>
internal interface IRevenueKeys
{
    /// <summary>Adds the key of the row on <paramref name="line"/>; <paramref name="firstLine"/> is set for a repeat.</summary>
    RevenueKeyCheck Add(int customer, int product, Month month, int line, out int firstLine);
}

internal enum RevenueKeyCheck
{
    New,

    /// <summary>Listed before, on the line handed back.</summary>
    Repeated,

    /// <summary>Not told apart by this key set: the file must be checked again by one that keeps every key.</summary>
    OutOfOrder,
}
