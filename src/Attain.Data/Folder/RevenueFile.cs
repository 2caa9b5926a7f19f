using Attain.Core.Model;
using static Attain.Data.Folder.ProblemLog;

namespace Attain.Data.Folder;

/// <summary>
/// Reads revenue.csv: <c>customer_id</c>, <c>product</c>, <c>month</c> (YYYY-MM), <c>net_new_revenue_usd</c> (SPEC §3).
/// The largest file by far (tens of millions of rows), so a row costs one small object and no other allocation
/// once its customer, product and month have been seen, and the check for repeats keeps two bytes per customer and
/// product when the file lists each customer's months in rising order, as exports do.
/// </summary>
internal static class RevenueFile
{
    public const string Name = "revenue.csv";

    private const string CustomerIdColumn = "customer_id";
    private const string ProductColumn = "product";
    private const string MonthColumn = "month";
    private const string AmountColumn = "net_new_revenue_usd";
    private static readonly string[] Columns = [CustomerIdColumn, ProductColumn, MonthColumn, AmountColumn];

    /// <summary>
    /// The revenue rows, or null when the file cannot be read at all. Customers are checked against
    /// <paramref name="dpor"/> when dpor.csv could be read: a customer is known only through its DPOR. With
    /// <paramref name="rows"/> (an import) each row goes there while no problem has been found, and none is kept.
    /// </summary>
    public static List<MonthlyRevenue>? Read(string folder, DporTable? dpor, CatalogCodes catalog, ProblemLog problems, IFolderRows? rows = null)
    {
        var reading = new Reading(dpor, catalog, problems, rows);
        int stoppedAt;
        using (var file = CsvFile.Open(folder, Name, Columns, problems))
        {
            if (file is null)
            {
                return null;
            }

            if (reading.ReadRows(file, new RisingRevenueMonths(catalog.Products.Count)) is not { } outOfOrder)
            {
                return reading.Revenue;
            }

            stoppedAt = outOfOrder;
        }

        // A row out of rising order: from the start again, keeping every key this time. The rows before it were checked
        // and handed on already, so they only give their keys; the file carries on from that row as if never stopped.
        using var again = CsvFile.Open(folder, Name, Columns, problems, resumeAt: stoppedAt);
        if (again is not null)
        {
            reading.ReadRows(again, new RevenueFirstLines(catalog.Products.Count), resumeAt: stoppedAt);
        }

        return reading.Revenue;
    }

    /// <summary>One reading of revenue.csv, which may go over the file twice (see <see cref="Read"/>).</summary>
    private sealed class Reading(DporTable? dpor, CatalogCodes catalog, ProblemLog problems, IFolderRows? rows)
    {
        private readonly SpanKeyedTable<int> _withoutDpor = new();
        private readonly MonthCache _months = new();

        public List<MonthlyRevenue> Revenue { get; } = [];

        /// <summary>
        /// Reads the rows of <paramref name="file"/>, those before <paramref name="resumeAt"/> for their keys only.
        /// Returns the line of the first row <paramref name="keys"/> cannot tell new or repeated, having done nothing
        /// with that row yet; null once every row is read.
        /// </summary>
        public int? ReadRows(CsvFile file, IRevenueKeys keys, int resumeAt = 0)
        {
            var customerColumn = file.Column(CustomerIdColumn);
            var productColumn = file.Column(ProductColumn);
            var monthColumn = file.Column(MonthColumn);
            var amountColumn = file.Column(AmountColumn);
            while (file.TryReadRow(out var row))
            {
                var customer = TryCustomer(row, customerColumn);
                var hasProduct = row.TryCode(productColumn, catalog.Products, FolderMessages.ProductUnknown, out var product);
                var hasMonth = row.TryMonth(monthColumn, _months, out var month);
                var check = RevenueKeyCheck.New;
                var firstLine = 0;
                if (customer is { } keyed && hasProduct && hasMonth)
                {
                    check = keys.Add(keyed.Index, product.Index, month, row.Line, out firstLine);
                    if (check == RevenueKeyCheck.OutOfOrder)
                    {
                        return row.Line;
                    }
                }

                if (row.Line < resumeAt)
                {
                    continue;
                }

                // Every row of a customer without DPOR is reported, so each can be found by its line; its rows are still
                // checked for repeats. Reported after the key, so that a row the key check stops on has no problem yet.
                if (customer is { HasDpor: false } unknown)
                {
                    row.Report(customerColumn, Say(FolderMessages.CustomerUnknown, unknown.Id.Value));
                }

                var hasAmount = row.TryAmount(amountColumn, out var amount);
                if (customer is not { } known || !hasProduct || !hasMonth)
                {
                    continue;
                }

                if (check == RevenueKeyCheck.Repeated)
                {
                    row.Report(monthColumn, Say(FolderMessages.RevenueRepeated, known.Id.Value, product.Code.Value, month.ToString(), firstLine));
                    continue;
                }

                if (hasAmount && known.HasDpor)
                {
                    Hand(new MonthlyRevenue(known.Id, product.Code, month, amount));
                }
            }

            return null;
        }

        private void Hand(MonthlyRevenue line)
        {
            if (rows is null)
            {
                Revenue.Add(line);
            }
            else if (problems.Count == 0)
            {
                rows.Revenue(line);
            }
        }

        /// <summary>
        /// The customer of the row, with a dense index for keys: a customer of dpor.csv by its index there, any other
        /// after those. When dpor.csv could not be read, its problem is reported already: every customer is taken as known.
        /// </summary>
        private RevenueCustomer? TryCustomer(CsvRow row, CsvColumn column)
        {
            if (!row.TryRequired(column, out var text))
            {
                return null;
            }

            if (dpor is not null && dpor.Customers.TryGetValue(text, out string? listed, out var index))
            {
                return new RevenueCustomer(new CustomerId(listed), index, HasDpor: true);
            }

            var first = dpor?.Customers.Count ?? 0;
            if (_withoutDpor.TryGetValue(text, out string? seen, out var offset))
            {
                return new RevenueCustomer(new CustomerId(seen), first + offset, HasDpor: dpor is null);
            }

            var next = _withoutDpor.Count;
            return new RevenueCustomer(new CustomerId(_withoutDpor.Add(text, next)), first + next, HasDpor: dpor is null);
        }
    }

    /// <summary>A customer as revenue.csv names it: a dense index for keys, and whether dpor.csv knows it.</summary>
    private readonly record struct RevenueCustomer(CustomerId Id, int Index, bool HasDpor);
}
