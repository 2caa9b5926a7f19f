using System.Text;

namespace Attain.Data.Tests.Folder;

/// <summary>SPEC §3: a missing file or column, and a row that does not fit the header, are bad input.</summary>
public sealed class FileAndHeaderTests
{
    [Fact]
    public void A_missing_file_is_reported_without_a_line()
    {
        using var folder = DataFolder.Valid().Without("exam_passes.csv");

        ProblemAssert.At(folder.SingleProblem(), "exam_passes.csv", null, null, "missing");
    }

    [Fact]
    public void A_missing_folder_is_reported()
    {
        using var folder = DataFolder.Valid();
        var missing = Path.Combine(folder.Path, "nowhere");

        var read = Attain.Data.Folder.DataFolderReader.Read(missing, TestCatalog.CloudCrm);

        Assert.Equal(missing, Assert.Single(read.Problems).Source);
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_header_line_under_its_name()
    {
        using var folder = DataFolder.Valid().With("partners.csv", """
            partner_id,name
            P1,Contoso
            P2,Fabrikam
            """);

        var problem = folder.SingleProblem();

        ProblemAssert.At(problem, "partners.csv", 1, "country", "missing");
        Assert.Contains("partner_id,name,country", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_whose_header_lacks_a_column_does_not_make_every_reference_to_it_unknown()
    {
        // partners.csv cannot be read, so individuals.csv and dpor.csv cannot be checked against it: the one problem is the header.
        using var folder = DataFolder.Valid().With("partners.csv", """
            id,name,country
            P1,Contoso,US
            """);

        var problems = folder.Read().Problems;

        Assert.Equal([("partners.csv", "id"), ("partners.csv", "partner_id")], problems.Select(problem => (problem.Source, problem.Location)));
    }

    [Fact]
    public void An_empty_file_is_missing_every_column()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", "");

        var problems = folder.Read().Problems;

        Assert.Equal(["customer_id", "partner_id", "from", "to"], problems.Select(problem => problem.Location));
        Assert.All(problems, problem => Assert.Equal(("dpor.csv", 1), (problem.Source, problem.Line)));
    }

    [Fact]
    public void An_unknown_column_is_reported_on_the_header_line_under_its_name()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd,currency
            C1,crm-online,2016-12,1000.50,USD
            """);

        ProblemAssert.At(folder.SingleProblem(), "revenue.csv", 1, "currency", "unknown column");
    }

    [Fact]
    public void A_column_named_twice_is_reported()
    {
        using var folder = DataFolder.Valid().With("partners.csv", """
            partner_id,name,country,name
            P1,Contoso,US,Contoso
            P2,Fabrikam,IN,Fabrikam
            """);

        ProblemAssert.At(folder.SingleProblem(), "partners.csv", 1, "name", "more than once");
    }

    [Fact]
    public void Columns_may_come_in_any_order()
    {
        using var folder = DataFolder.Valid().With("partners.csv", """
            country,partner_id,name
            US,P1,Contoso
            IN,P2,Fabrikam
            """);

        var facts = folder.Read().Value!;

        Assert.Equal("Contoso", facts.FactsOf(new("P1")).Partner.Name);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported_with_both_counts()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C1,P1,2016-01-01,2017-01-01
            C1,P2,2017-01-01
            C2,P1,2016-06-15,
            C3,P1,2016-06-15,,
            """);

        var problems = folder.Read().Problems;

        Assert.Equal(2, problems.Count);
        ProblemAssert.At(problems[0], "dpor.csv", 3, null, "3 fields but the header has 4");
        ProblemAssert.At(problems[1], "dpor.csv", 5, null, "5 fields but the header has 4");
    }

    [Theory]
    [InlineData("\"Contoso\"x")]
    [InlineData("Con\"to\"so")]
    [InlineData("x\"Contoso\"")]
    public void A_field_must_be_quoted_as_RFC_4180_says(string written)
    {
        using var folder = DataFolder.Valid().With("partners.csv", $"""
            partner_id,name,country
            P1,Contoso,US
            P2,{written},IN
            """);

        ProblemAssert.At(folder.SingleProblem(), "partners.csv", 3, "name", "not quoted as RFC 4180 says");
    }

    [Fact]
    public void A_quote_left_open_is_reported_where_it_starts()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2016-12,1000.50
            C1,"d365-plan1,2017-01,-20
            C2,crm-online,2017-01,300
            """);

        ProblemAssert.At(folder.SingleProblem(), "revenue.csv", 3, null, "the record from this line to line 4 has 2 fields but the header has 4: is a closing quote missing?");
    }

    [Fact]
    public void An_empty_line_between_rows_is_reported()
    {
        using var folder = DataFolder.Valid().With("partners.csv", """
            partner_id,name,country
            P1,Contoso,US

            P2,Fabrikam,IN
            """);

        ProblemAssert.At(folder.SingleProblem(), "partners.csv", 3, null, "empty line");
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported()
    {
        // Latin-1 writes ü as the single byte 0xFC, which is not valid UTF-8.
        var latin1 = Encoding.Latin1.GetBytes("partner_id,name,country\nP1,M\u00fcller,US\nP2,Fabrikam,IN\n");
        using var folder = DataFolder.Valid().WithBytes("partners.csv", latin1);

        ProblemAssert.At(folder.SingleProblem(), "partners.csv", null, null, "not valid UTF-8");
    }
}
