using Attain.Data.Folder;

namespace Attain.Data.Tests.Folder;

/// <summary>
/// revenue.csv may list its rows in any order. The repeat check keeps a month per customer and product while the rows
/// come in rising month order, and reads the file again, keeping every key, from the first row that does not: the
/// answer is the same either way, and each problem is listed once.
/// </summary>
public sealed class RevenueOrderTests
{
    [Fact]
    public void Rows_out_of_month_order_are_read_whole()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2017-01,1
            C1,crm-online,2016-12,2
            C2,crm-online,2017-01,3
            C1,crm-online,2016-11,4
            C1,d365-plan1,2016-11,5
            """);

        var read = DataFolderReader.ReadContents(folder.Path, TestCatalog.CloudCrm, []);

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal([1m, 2m, 3m, 4m, 5m], read.Value!.Revenue.Select(line => line.Amount.Amount).Order());
    }

    [Fact]
    public void A_repeat_after_a_row_out_of_order_names_the_line_it_repeats()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2017-01,1
            C1,crm-online,2016-12,2
            C2,crm-online,2017-01,3
            C1,crm-online,2017-01,4
            """);

        ProblemAssert.At(folder.SingleProblem(), "revenue.csv", 5, "month", "customer C1, product crm-online, month 2017-01 is already listed on line 2");
    }

    [Fact]
    public void A_repeat_of_the_last_month_in_rising_order_names_its_line()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2016-11,1
            C1,crm-online,2016-12,2
            C1,crm-online,2016-12,3
            """);

        ProblemAssert.At(folder.SingleProblem(), "revenue.csv", 4, "month", "customer C1, product crm-online, month 2016-12 is already listed on line 3");
    }

    [Fact]
    public void Problems_before_and_on_the_first_row_out_of_order_are_listed_once()
    {
        // Line 4 is the first out of order: its customer has no DPOR and its amount is badly quoted. Line 6 repeats line 2.
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2017-01,lots
            C9,crm-online,2017-01,1
            C9,crm-online,2016-12,"1"0
            C2,crm-online,2017-01,"3
            4"
            C1,crm-online,2017-01,5
            """);

        var problems = folder.Read().Problems.Select(problem => $"{problem.Line}: {problem.Location}: {problem.Message}").ToList();

        const string NotAnAmount = "is not an amount of US dollars: write digits with '.' as the decimal point and at most 2 decimals, an optional leading minus, no thousands separators and no exponent";
        const string NoDpor = "customer C9 is in no row of dpor.csv (customers are known only through their DPOR)";
        Assert.Equal(
            [
                $"2: net_new_revenue_usd: 'lots' {NotAnAmount}",
                $"3: customer_id: {NoDpor}",
                "4: net_new_revenue_usd: the field is not quoted as RFC 4180 says: a quoted field starts and ends with a quote and doubles each quote inside; an unquoted field has no quote",
                $"4: customer_id: {NoDpor}",
                $"5: net_new_revenue_usd: '3\n4' {NotAnAmount}",
                "7: month: customer C1, product crm-online, month 2017-01 is already listed on line 2",
            ],
            problems);
    }
}
