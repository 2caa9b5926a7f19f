using System.Globalization;
using Attain.Data.Folder;

namespace Attain.Data.Tests.Folder;

/// <summary>Issue #9: a revenue amount lies within ±1,000,000,000,000.00 US dollars; anything beyond is bad input, in both languages.</summary>
public sealed class AmountLimitTests
{
    [Theory]
    [InlineData("1000000000000")]
    [InlineData("1000000000000.00")]
    [InlineData("-1000000000000.00")]
    [InlineData("999999999999.99")]
    public void An_amount_at_the_limit_is_read(string written)
    {
        using var folder = DataFolder.Valid().With("revenue.csv", $"""
            customer_id,product,month,net_new_revenue_usd
            C2,crm-online,2017-01,{written}
            """);

        var revenue = Assert.Single(folder.Read().Value!.FactsOf(new("P1")).Revenue);

        Assert.Equal(decimal.Parse(written, CultureInfo.InvariantCulture), revenue.Amount.Amount);
    }

    [Theory]
    [InlineData("1000000000000.01")]
    [InlineData("-1000000000000.01")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("99999999999999999999999999999999")]
    public void An_amount_beyond_the_limit_is_bad_input_at_its_line_and_column(string written)
    {
        using var folder = DataFolder.Valid().With("revenue.csv", $"""
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2016-12,1000.50
            C2,crm-online,2017-01,{written}
            """);

        ProblemAssert.At(folder.SingleProblem(), "revenue.csv", 3, "net_new_revenue_usd", $"'{written}' is beyond the limit of a revenue amount: at most 1000000000000.00 US dollars");
        using (UiCulture.Japanese())
        {
            var problem = Assert.Single(DataFolderReader.Read(folder.Path, TestCatalog.CloudCrm).Problems);
            ProblemAssert.At(problem, "revenue.csv", 3, "net_new_revenue_usd", $"'{written}' は収益額の上限を超えています");
        }
    }
}
