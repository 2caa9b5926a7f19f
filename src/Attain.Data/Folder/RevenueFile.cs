using Attain.Core.Model;
using static Attain.Data.Folder.ProblemLog;

namespace Attain.Data.Folder;

/// <summary>
/// Reads revenue.csv: <c>customer_id</c>, <c>product</c>, <c>month</c> (YYYY-MM), <c>net_new_revenue_usd</c> (SPEC §3).
/// The largest file by far (tens of millions of rows), so a row costs one small object and no other allocation
/// once its customer, product and month have been seen.
/// </summary>
internal static class RevenueFile
{
    public const string Name = "revenue.csv";

    private const string CustomerIdColumn = "customer_id";
    private const string ProductColumn = "product";
    private const string MonthColumn = "month";
    private const string AmountColumn = "net_new_revenue_usd";
    private static readonly string[] Columns = [CustomerIdColumn, ProductColumn, MonthColumn, AmountColumn];
    private static readonly Month FirstMonth = new(1, 1);

    /// <summary>
    /// The revenue rows, or null when the file cannot be read at all. Customers are checked against
    /// <paramref name="dpor"/> when dpor.csv could be read: a customer is known only through its DPOR. With
    /// <paramref name="rows"/> (an import) each row goes there while no problem has been found, and none is kept.
    /// </summary>
    public static List<MonthlyRevenue>? Read(string folder, DporTable? dpor, CatalogCodes catalog, ProblemLog problems, IFolderRows? rows = null)
    {
        using var file = CsvFile.Open(folder, Name, Columns, problems);
        if (file is null)
        {
            return null;
        }

        var customerColumn = file.Column(CustomerIdColumn);
        var productColumn = file.Column(ProductColumn);
        var monthColumn = file.Column(MonthColumn);
        var amountColumn = file.Column(AmountColumn);
        var customers = new SpanKeyedTable<RevenueCustomer>();
        var months = new MonthCache();

        // The key of a revenue row is (customer, product, month): one table per product, keyed by customer and month
        // packed in a long. With tens of millions of keys, a long hashes cheaply and keeps a customer's months close
        // together in the table; a tuple key measured twice as slow.
        var firstLines = new Dictionary<long, int>[catalog.Products.Count];
        for (var index = 0; index < firstLines.Length; index++)
        {
            firstLines[index] = [];
        }

        var revenue = new List<MonthlyRevenue>();
        while (file.TryReadRow(out var row))
        {
            var customer = TryCustomer(row, customerColumn, customers, dpor);
            var hasProduct = row.TryCode(productColumn, catalog.Products, FolderMessages.ProductUnknown, out var product);
            var hasMonth = row.TryMonth(monthColumn, months, out var month);
            var hasAmount = row.TryAmount(amountColumn, out var amount);
            if (customer is not { } known || !hasProduct || !hasMonth)
            {
                continue;
            }

            var ofProduct = firstLines[product.Index];
            var key = ((long)known.Index << 32) | (uint)month.MonthsSince(FirstMonth);
            if (!ofProduct.TryAdd(key, row.Line))
            {
                row.Report(monthColumn, Say(FolderMessages.RevenueRepeated, known.Id.Value, product.Code.Value, month.ToString(), ofProduct[key]));
                continue;
            }

            if (hasAmount && known.HasDpor)
            {
                if (rows is null)
                {
                    revenue.Add(new MonthlyRevenue(known.Id, product.Code, month, amount));
                }
                else if (problems.Count == 0)
                {
                    rows.Revenue(new MonthlyRevenue(known.Id, product.Code, month, amount));
                }
            }
        }

        return revenue;
    }

    /// <summary>
    /// The customer of the row. Every row of a customer without DPOR is reported, so each can be found by its line;
    /// the customer is still handed back, so its rows are checked for duplicates too.
    /// </summary>
    private static RevenueCustomer? TryCustomer(CsvRow row, CsvColumn column, SpanKeyedTable<RevenueCustomer> customers, DporTable? dpor)
    {
        if (!row.TryRequired(column, out var text))
        {
            return null;
        }

        if (!customers.TryGetValue(text, out var customer))
        {
            // When dpor.csv could not be read, its problem is reported already; every customer is taken as known.
            var hasDpor = dpor is null || dpor.Customers.TryGetValue(text, out _);
            var id = new CustomerId(text.ToString());
            customer = new RevenueCustomer(id, customers.Count, hasDpor);
            customers.Add(id.Value, customer);
        }

        if (!customer.HasDpor)
        {
            row.Report(column, Say(FolderMessages.CustomerUnknown, customer.Id.Value));
        }

        return customer;
    }

    /// <summary>A customer as revenue.csv names it: a dense index for keys, and whether dpor.csv knows it.</summary>
    private readonly record struct RevenueCustomer(CustomerId Id, int Index, bool HasDpor);
}
