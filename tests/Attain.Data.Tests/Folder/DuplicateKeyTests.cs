namespace Attain.Data.Tests.Folder;

/// <summary>
/// SPEC §3: a duplicate key is bad input. The problem is on the repeated row, under the last column of the key,
/// and names the line of the first occurrence.
/// </summary>
public sealed class DuplicateKeyTests
{
    [Fact]
    public void A_partner_id_is_listed_once()
    {
        using var folder = DataFolder.Valid().With("partners.csv", """
            partner_id,name,country
            P1,Contoso,US
            P2,Fabrikam,IN
            P1,Contoso Japan,JP
            """);

        ProblemAssert.At(folder.SingleProblem(), "partners.csv", 4, "partner_id", "partner P1 is already listed on line 2");
    }

    [Fact]
    public void An_individual_id_is_listed_once()
    {
        using var folder = DataFolder.Valid().With("individuals.csv", """
            individual_id,partner_id,name,associated_from,associated_to
            I1,P1,Ann,2016-01-01,
            I2,P1,Bob,,2018-01-01
            I3,P2,Chie,,
            I2,P2,Bob,2018-01-01,
            """);

        ProblemAssert.At(folder.SingleProblem(), "individuals.csv", 5, "individual_id", "individual I2 is already listed on line 3");
    }

    [Fact]
    public void An_individual_passes_an_exam_once()
    {
        using var folder = DataFolder.Valid().With("exam_passes.csv", """
            individual_id,exam,passed_on
            I1,MB2-714,2016-05-01
            I1,MB2-710,2016-06-01
            I1,MB2-714,2017-05-01
            """);

        ProblemAssert.At(folder.SingleProblem(), "exam_passes.csv", 4, "exam", "individual I1 already has a pass of exam MB2-714 on line 2");
    }

    [Fact]
    public void A_dpor_interval_of_one_customer_partner_and_start_is_listed_once()
    {
        // The repeat also overlaps its original; it is reported once, as what it is: a repeat.
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C1,P1,2016-01-01,2017-01-01
            C1,P2,2017-01-01,
            C2,P1,2016-06-15,
            C1,P1,2016-01-01,2016-06-01
            """);

        ProblemAssert.At(folder.SingleProblem(), "dpor.csv", 5, "from", "customer C1, partner P1, from 2016-01-01 is already listed on line 2");
    }

    [Fact]
    public void Revenue_of_a_customer_product_and_month_is_listed_once()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", """
            customer_id,product,month,net_new_revenue_usd
            C1,crm-online,2016-12,1000.50
            C1,d365-plan1,2016-12,20
            C1,crm-online,2016-12,-1000.50
            """);

        ProblemAssert.At(folder.SingleProblem(), "revenue.csv", 4, "month", "customer C1, product crm-online, month 2016-12 is already listed on line 2");
    }
}
