namespace Attain.Data.Tests.Folder;

/// <summary>SPEC §3: an unknown exam, product, country, partner, individual or customer is bad input.</summary>
public sealed class ReferenceTests
{
    [Fact]
    public void An_exam_must_be_in_the_catalog()
    {
        using var folder = DataFolder.Valid().With("exam_passes.csv", """
            individual_id,exam,passed_on
            I1,MB2-714,2016-05-01
            I1,MB2-999,2016-06-01
            """);

        ProblemAssert.At(folder.SingleProblem(), "exam_passes.csv", 3, "exam", "exam MB2-999 is not in the catalog");
    }

    [Fact]
    public void A_product_must_be_in_the_catalog()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2016-12,1000.50
            C1,CRM-Online,2016-11,10
            """);

        ProblemAssert.At(folder.SingleProblem(), "revenue.csv", 3, "product", "product CRM-Online is not in the catalog");
    }

    [Fact]
    public void Revenue_of_a_product_that_does_not_qualify_is_still_data()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd
            C1,office-365,2016-12,1000.50
            """);

        Assert.True(folder.Read().IsValid);
    }

    [Fact]
    public void A_country_must_be_in_the_market_table()
    {
        using var folder = DataFolder.Valid().With("partners.csv", """
            partner_id,name,country
            P1,Contoso,US
            P2,Fabrikam,XX
            """);

        ProblemAssert.At(folder.SingleProblem(), "partners.csv", 3, "country", "country XX is not in the catalog's market table");
    }

    [Theory]
    [InlineData("us")]
    [InlineData("USA")]
    [InlineData("U")]
    public void A_country_must_be_an_ISO_3166_alpha_2_code(string written)
    {
        using var folder = DataFolder.Valid().With("partners.csv", $"""
            partner_id,name,country
            P1,Contoso,{written}
            P2,Fabrikam,IN
            """);

        ProblemAssert.At(folder.SingleProblem(), "partners.csv", 2, "country", $"'{written}' is not an ISO 3166-1 alpha-2 country code");
    }

    [Fact]
    public void An_individual_must_belong_to_a_partner_of_partners_csv()
    {
        using var folder = DataFolder.Valid().With("individuals.csv", """
            individual_id,partner_id,name,associated_from,associated_to
            I1,P1,Ann,2016-01-01,
            I2,P9,Bob,,2018-01-01
            I3,P2,Chie,,
            """);

        ProblemAssert.At(folder.SingleProblem(), "individuals.csv", 3, "partner_id", "partner P9 is not in partners.csv");
    }

    [Fact]
    public void A_dpor_interval_must_name_a_partner_of_partners_csv()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C1,P1,2016-01-01,2017-01-01
            C1,p2,2017-01-01,
            C2,P1,2016-06-15,
            """);

        ProblemAssert.At(folder.SingleProblem(), "dpor.csv", 3, "partner_id", "partner p2 is not in partners.csv");
    }

    [Fact]
    public void An_exam_pass_must_name_an_individual_of_individuals_csv()
    {
        using var folder = DataFolder.Valid().With("exam_passes.csv", """
            individual_id,exam,passed_on
            I1,MB2-714,2016-05-01
            I4,MB2-710,2016-06-01
            """);

        ProblemAssert.At(folder.SingleProblem(), "exam_passes.csv", 3, "individual_id", "individual I4 is not in individuals.csv");
    }

    [Fact]
    public void Revenue_must_be_of_a_customer_named_in_dpor_csv()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2016-12,1000.50
            C3,crm-online,2017-01,300
            C3,crm-online,2017-02,300
            """);

        var problems = folder.Read().Problems;

        Assert.Equal(2, problems.Count);
        ProblemAssert.At(problems[0], "revenue.csv", 3, "customer_id", "customer C3 is in no row of dpor.csv");
        ProblemAssert.At(problems[1], "revenue.csv", 4, "customer_id", "customer C3 is in no row of dpor.csv");
    }

    [Fact]
    public void A_customer_whose_dpor_row_has_a_problem_is_still_known_to_revenue()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C1,P1,2016-01-01,2017-01-01
            C1,P2,2017-01-01,
            C2,P1,2016-06-31,
            """);

        ProblemAssert.At(folder.SingleProblem(), "dpor.csv", 4, "from", "not a real calendar date");
    }
}
