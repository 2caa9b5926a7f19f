using System.Globalization;

namespace Attain.Data.Tests.Folder;

/// <summary>SPEC §3: a malformed or impossible value, or an empty required one, is bad input.</summary>
public sealed class ValueTests
{
    [Theory]
    [InlineData("2016-5-01")]
    [InlineData("01/05/2016")]
    [InlineData("2016-05-01T00:00")]
    [InlineData("20160501")]
    [InlineData(" 2016-05-01")]
    [InlineData("２０１６-05-01")]
    public void A_date_must_be_written_YYYY_MM_DD(string written)
    {
        using var folder = DataFolder.Valid().With("exam_passes.csv", $"""
            individual_id,exam,passed_on
            I1,MB2-714,2016-05-01
            I1,MB2-710,"{written}"
            """);

        ProblemAssert.At(folder.SingleProblem(), "exam_passes.csv", 3, "passed_on", $"'{written}' is not a date in the form YYYY-MM-DD");
    }

    [Theory]
    [InlineData("2017-02-30")]
    [InlineData("2017-02-29")]
    [InlineData("2016-13-01")]
    [InlineData("2016-04-31")]
    [InlineData("0000-01-01")]
    public void A_date_must_exist_in_the_calendar(string written)
    {
        using var folder = DataFolder.Valid().With("dpor.csv", $"""
            customer_id,partner_id,from,to
            C1,P1,2016-01-01,2017-01-01
            C1,P2,2017-01-01,
            C2,P1,{written},
            """);

        ProblemAssert.At(folder.SingleProblem(), "dpor.csv", 4, "from", $"'{written}' is not a real calendar date");
    }

    [Fact]
    public void A_leap_day_of_a_leap_year_is_a_date()
    {
        using var folder = DataFolder.Valid().With("exam_passes.csv", """
            individual_id,exam,passed_on
            I1,MB2-714,2016-02-29
            """);

        Assert.True(folder.Read().IsValid);
    }

    [Theory]
    [InlineData("2017-13")]
    [InlineData("2017-00")]
    [InlineData("2017-1")]
    [InlineData("2017/01")]
    [InlineData("2017-01-01")]
    [InlineData("Jan 2017")]
    public void A_month_must_be_written_YYYY_MM(string written)
    {
        using var folder = DataFolder.Valid().With("revenue.csv", $"""
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2016-12,1000.50
            C2,crm-online,{written},300
            """);

        ProblemAssert.At(folder.SingleProblem(), "revenue.csv", 3, "month", $"'{written}' is not a month in the form YYYY-MM");
    }

    [Theory]
    [InlineData("1,000.00")]
    [InlineData("1000.005")]
    [InlineData("1e3")]
    [InlineData("+100")]
    [InlineData("100 ")]
    [InlineData("1000,50")]
    [InlineData(".50")]
    [InlineData("100.")]
    [InlineData("--5")]
    [InlineData("$100")]
    public void An_amount_is_invariant_digits_with_at_most_two_decimals_and_an_optional_minus(string written)
    {
        using var folder = DataFolder.Valid().With("revenue.csv", $"""
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2016-12,"{written}"
            """);

        ProblemAssert.At(folder.SingleProblem(), "revenue.csv", 2, "net_new_revenue_usd", $"'{written}' is not an amount of US dollars");
    }

    [Theory]
    [InlineData("100", "100")]
    [InlineData("-20", "-20")]
    [InlineData("0.5", "0.5")]
    [InlineData("-1234567.89", "-1234567.89")]
    [InlineData("007.10", "7.1")]
    public void An_amount_is_read_exactly_as_a_decimal(string written, string expected)
    {
        using var folder = DataFolder.Valid().With("revenue.csv", $"""
            customer_id,product,month,net_new_revenue_usd
            C2,crm-online,2017-01,{written}
            """);

        var revenue = Assert.Single(folder.Read().Value!.FactsOf(new("P1")).Revenue);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), revenue.Amount.Amount);
    }

    [Theory]
    [InlineData("partners.csv", "partner_id,name,country\nP1,,US\nP2,Fabrikam,IN", 2, "name")]
    [InlineData("partners.csv", "partner_id,name,country\nP1,Contoso,US\nP2,Fabrikam,IN\n\" \",Nobody,JP", 4, "partner_id")]
    [InlineData("individuals.csv", "individual_id,partner_id,name,associated_from,associated_to\nI1,P1,Ann,,\nI2,,Bob,,\nI3,P2,Chie,,", 3, "partner_id")]
    [InlineData("exam_passes.csv", "individual_id,exam,passed_on\nI1,MB2-714,", 2, "passed_on")]
    [InlineData("dpor.csv", "customer_id,partner_id,from,to\nC1,P1,2016-01-01,\nC2,P1,,", 3, "from")]
    [InlineData("revenue.csv", "customer_id,product,month,net_new_revenue_usd\nC1,,2016-12,1", 2, "product")]
    [InlineData("revenue.csv", "customer_id,product,month,net_new_revenue_usd\nC1,crm-online,2016-12,", 2, "net_new_revenue_usd")]
    public void A_required_value_cannot_be_empty(string file, string content, int line, string column)
    {
        using var folder = DataFolder.Valid().With(file, content);

        ProblemAssert.At(folder.SingleProblem(), file, line, column, "a value is required");
    }

    [Theory]
    [InlineData("2017-01-01", "2017-01-01")]
    [InlineData("2017-01-01", "2016-12-31")]
    public void An_association_must_end_after_it_starts(string from, string to)
    {
        using var folder = DataFolder.Valid().With("individuals.csv", $"""
            individual_id,partner_id,name,associated_from,associated_to
            I1,P1,Ann,2016-01-01,
            I2,P1,Bob,{from},{to}
            I3,P2,Chie,,
            """);

        ProblemAssert.At(folder.SingleProblem(), "individuals.csv", 3, "associated_to", $"{to} is not after associated_from {from}");
    }

    [Fact]
    public void A_dpor_interval_must_end_after_it_starts()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C1,P1,2016-01-01,2017-01-01
            C1,P2,2017-01-01,
            C2,P1,2016-06-15,2016-06-15
            """);

        ProblemAssert.At(folder.SingleProblem(), "dpor.csv", 4, "to", "2016-06-15 is not after from 2016-06-15");
    }

    [Fact]
    public void Every_bad_value_of_one_row_is_reported()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2016-12,1000.50
            C2,crm-online,2017-1,1.234
            """);

        var problems = folder.Read().Problems;

        Assert.Equal([("revenue.csv", 3, "month"), ("revenue.csv", 3, "net_new_revenue_usd")], problems.Select(problem => (problem.Source, problem.Line, problem.Location)));
    }
}
