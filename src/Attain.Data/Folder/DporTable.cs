using Attain.Core.Model;

namespace Attain.Data.Folder;

/// <summary>What dpor.csv holds: the DPOR intervals read whole, and every customer it names.</summary>
internal sealed class DporTable
{
    /// <summary>
    /// Every customer named in dpor.csv, even on a row with another problem: customers are known only through
    /// their DPOR (SPEC §3), and revenue of a customer whose DPOR row is wrong is not "unknown" on top of that.
    /// Each has a dense index, in the order first named: revenue.csv keys its rows by it.
    /// </summary>
    public SpanKeyedTable<int> Customers { get; } = new();

    public List<DporEntry> Entries { get; } = [];

    /// <summary>An import has written the intervals: from here on only the customers are needed (the revenue's keys).</summary>
    public void ForgetEntries()
    {
        Entries.Clear();
        Entries.TrimExcess();
    }
}
