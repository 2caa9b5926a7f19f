using Attain.Core.Model;
using static Attain.Data.Folder.ProblemLog;

namespace Attain.Data.Folder;

/// <summary>Reads dpor.csv: <c>customer_id</c>, <c>partner_id</c>, <c>from</c> (date), <c>to</c> (optional date) (SPEC §3).</summary>
internal static class DporFile
{
    public const string Name = "dpor.csv";

    private const string CustomerIdColumn = "customer_id";
    private const string PartnerIdColumn = "partner_id";
    private const string FromColumn = "from";
    private const string ToColumn = "to";
    private static readonly string[] Columns = [CustomerIdColumn, PartnerIdColumn, FromColumn, ToColumn];

    /// <summary>
    /// The DPOR intervals, or null when the file cannot be read at all. Overlaps between rows are checked
    /// afterwards, over the whole file (<see cref="DporOverlapCheck"/>).
    /// </summary>
    public static DporTable? Read(string folder, PartnerTable? partners, ProblemLog problems)
    {
        using var file = CsvFile.Open(folder, Name, Columns, problems);
        if (file is null)
        {
            return null;
        }

        var customerColumn = file.Column(CustomerIdColumn);
        var partnerColumn = file.Column(PartnerIdColumn);
        var fromColumn = file.Column(FromColumn);
        var toColumn = file.Column(ToColumn);
        var table = new DporTable();

        // The key of a DPOR row is (customer, partner, from).
        var firstLines = new Dictionary<(CustomerId Customer, PartnerId Partner, DateOnly From), int>();
        while (file.TryReadRow(out var row))
        {
            var customer = TryCustomer(row, customerColumn, table);
            var partner = PartnerTable.ResolveReference(row, partnerColumn, partners);
            var hasFrom = row.TryDate(fromColumn, out var from);
            var hasTo = row.TryOptionalDate(toColumn, out var to);
            if (customer is not { } customerId || partner is not { } partnerId || !hasFrom)
            {
                continue;
            }

            var key = (customerId, partnerId, from);
            if (!firstLines.TryAdd(key, row.Line))
            {
                row.Report(fromColumn, Say(FolderMessages.DporRepeated, customerId.Value, partnerId.Value, IsoDate.Format(from), firstLines[key]));
                continue;
            }

            if (hasTo && row.TryInterval(fromColumn, from, toColumn, to, out _))
            {
                table.Entries.Add(new DporEntry(customerId, partnerId, from, to, row.Line));
            }
        }

        return table;
    }

    private static CustomerId? TryCustomer(CsvRow row, CsvColumn column, DporTable table)
    {
        if (!row.TryRequired(column, out var text))
        {
            return null;
        }

        if (table.Customers.TryGetValue(text, out string? known, out _))
        {
            return new CustomerId(known);
        }

        return new CustomerId(table.Customers.Add(text, table.Customers.Count));
    }
}
