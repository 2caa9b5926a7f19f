using Attain.Core.Model;

namespace Attain.Data.Tests.Folder;

/// <summary>A folder without a problem becomes the program's facts, every value as written.</summary>
public sealed class ValidFolderTests
{
    [Fact]
    public void A_valid_folder_yields_its_partners_individuals_with_passes_dpor_intervals_and_revenue()
    {
        using var folder = DataFolder.Valid();

        var read = folder.Read();

        Assert.True(read.IsValid);
        var facts = read.Value!;
        Assert.Equal(
            [new Partner(new("P1"), "Contoso", new CountryCode("US")), new Partner(new("P2"), "Fabrikam", new CountryCode("IN"))],
            facts.Partners);

        var contoso = facts.FactsOf(new("P1"));
        Assert.Equal(["I1", "I2"], contoso.Individuals.Select(individual => individual.Id.Value).Order());
        var ann = contoso.Individuals.Single(individual => individual.Id.Value == "I1");
        Assert.Equal("Ann", ann.Name);
        Assert.Equal(new DateInterval(new DateOnly(2016, 1, 1), null), ann.Association);
        Assert.Equal(
            [new ExamPass(new("MB2-714"), new DateOnly(2016, 5, 1)), new ExamPass(new("MB2-710"), new DateOnly(2016, 6, 1))],
            ann.Passes);
        var bob = contoso.Individuals.Single(individual => individual.Id.Value == "I2");
        Assert.Equal(new DateInterval(null, new DateOnly(2018, 1, 1)), bob.Association);
        Assert.Equal([new ExamPass(new("MB2-712"), new DateOnly(2016, 7, 1))], bob.Passes);
        Assert.Equal(
            [
                new DporInterval(new("C1"), new DateInterval(new DateOnly(2016, 1, 1), new DateOnly(2017, 1, 1))),
                new DporInterval(new("C2"), new DateInterval(new DateOnly(2016, 6, 15), null)),
            ],
            contoso.Dpor);
        Assert.Equal(
            [
                new MonthlyRevenue(new("C1"), new("crm-online"), new Month(2016, 12), new Usd(1000.50m)),
                new MonthlyRevenue(new("C1"), new("d365-plan1"), new Month(2017, 1), new Usd(-20m)),
                new MonthlyRevenue(new("C2"), new("crm-online"), new Month(2017, 1), new Usd(300m)),
            ],
            contoso.Revenue);

        var fabrikam = facts.FactsOf(new("P2"));
        var chie = Assert.Single(fabrikam.Individuals);
        Assert.Equal(("I3", "Chie", DateInterval.Always), (chie.Id.Value, chie.Name, chie.Association));
        Assert.Empty(chie.Passes);
        Assert.Equal([new DporInterval(new("C1"), new DateInterval(new DateOnly(2017, 1, 1), null))], fabrikam.Dpor);
        Assert.Equal(2, fabrikam.Revenue.Count);
    }

    [Fact]
    public void A_folder_that_reads_cleanly_reads_the_same_again()
    {
        using var folder = DataFolder.Valid();

        var first = folder.Read().Value!;
        var second = folder.Read().Value!;

        Assert.Equal(first.Partners, second.Partners);
        Assert.Equal(first.FactsOf(new("P1")).Revenue, second.FactsOf(new("P1")).Revenue);
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_Japanese_names_read_as_written()
    {
        using var folder = DataFolder.Valid()
            .With("partners.csv", """
                partner_id,name,country
                P1,"Northwind Traders, Inc.",US
                P2,株式会社ミナト・システムズ,JP
                P3,"The ""Quoted"" Company
                of Two Lines",DE
                """)
            .With("individuals.csv", """
                individual_id,partner_id,name,associated_from,associated_to
                I1,P1,"Carter, Emily",2016-01-01,
                I2,P1,Bob,,2018-01-01
                I3,P2,山田 花子,,
                """);

        var facts = folder.Read().Value!;

        Assert.Equal(
            ["Northwind Traders, Inc.", "株式会社ミナト・システムズ", "The \"Quoted\" Company\nof Two Lines"],
            facts.Partners.Select(partner => partner.Name));
        Assert.Contains(facts.FactsOf(new("P1")).Individuals, individual => individual.Name == "Carter, Emily");
        Assert.Equal("山田 花子", Assert.Single(facts.FactsOf(new("P2")).Individuals).Name);
    }

    [Fact]
    public void Lines_are_counted_in_the_file_so_a_field_over_two_lines_moves_the_next_row_down()
    {
        using var folder = DataFolder.Valid().With("partners.csv", """
            partner_id,name,country
            P1,"Contoso
            Holdings",US
            P2,Fabrikam,XX
            """);

        ProblemAssert.At(folder.SingleProblem(), "partners.csv", 4, "country", "country XX");
    }

    [Fact]
    public void A_file_may_start_with_a_utf8_byte_order_mark_and_end_with_crlf_line_endings()
    {
        var withBom = "\uFEFFpartner_id,name,country\r\nP1,Contoso,US\r\nP2,Fabrikam,IN\r\n"u8.ToArray();
        using var folder = DataFolder.Valid().WithBytes("partners.csv", withBom);

        var read = folder.Read();

        Assert.True(read.IsValid, string.Join("\n", read.Problems));
        Assert.Equal("IN", read.Value!.FactsOf(new("P2")).Partner.Country.Value);
    }
}
