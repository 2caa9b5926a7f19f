using Attain.Core.Model;
using Attain.Data.Folder;

namespace Attain.Data.Tests.Folder;

/// <summary>
/// SPEC §2: one customer has at most one DPOR at any moment, whatever the partners. An overlap is reported on the
/// later line of the two, naming the earlier line and its partner.
/// </summary>
public sealed class DporOverlapTests
{
    [Fact]
    public void Overlapping_intervals_of_two_partners_for_one_customer_are_reported_on_the_later_line()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C1,P1,2016-01-01,2017-02-01
            C1,P2,2017-01-01,
            C2,P1,2016-06-15,
            """);

        ProblemAssert.At(
            folder.SingleProblem(),
            "dpor.csv",
            3,
            "from",
            "DPOR [2017-01-01, ) of customer C1 overlaps DPOR [2016-01-01, 2017-02-01) on line 2 (partner P1)");
    }

    [Fact]
    public void Overlapping_intervals_of_one_partner_are_reported_too()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C1,P1,2016-01-01,2017-01-01
            C1,P1,2016-03-01,2016-04-01
            C2,P1,2016-06-15,
            """);

        ProblemAssert.At(folder.SingleProblem(), "dpor.csv", 3, "from", "on line 2 (partner P1)");
    }

    [Fact]
    public void The_overlap_is_on_the_later_line_even_when_that_interval_starts_first()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C2,P1,2016-06-15,
            C1,P2,2017-01-01,
            C1,P1,2016-01-01,2017-01-02
            """);

        ProblemAssert.At(folder.SingleProblem(), "dpor.csv", 4, "from", "overlaps DPOR [2017-01-01, ) on line 3 (partner P2)");
    }

    [Fact]
    public void An_open_interval_overlaps_every_later_one_of_its_customer_however_far_apart_in_the_file()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C1,P1,2010-01-01,
            C2,P1,2016-06-15,
            C1,P2,2015-01-01,2015-02-01
            C3,P2,2016-06-15,
            C1,P2,2020-01-01,
            """);

        var problems = folder.Read().Problems;

        Assert.Equal(2, problems.Count);
        ProblemAssert.At(problems[0], "dpor.csv", 4, "from", "on line 2 (partner P1)");
        ProblemAssert.At(problems[1], "dpor.csv", 6, "from", "on line 2 (partner P1)");
    }

    [Fact]
    public void An_interval_that_ends_the_day_the_next_one_starts_does_not_overlap_it()
    {
        // DPOR intervals are half-open [from, to): the valid sample hands C1 from P1 to P2 on 2017-01-01.
        using var folder = DataFolder.Valid();

        Assert.True(folder.Read().IsValid);
    }

    [Fact]
    public void Intervals_of_different_customers_never_overlap()
    {
        using var folder = DataFolder.Valid().With("dpor.csv", """
            customer_id,partner_id,from,to
            C1,P1,2016-01-01,
            C2,P2,2016-01-01,
            """);

        Assert.True(folder.Read().IsValid);
    }

    /// <summary>
    /// Stored intervals a folder is merged with (an import on top of the store): only those of the folder's customers
    /// count, and a folder row with a stored interval's customer and start replaces it.
    /// </summary>
    [Theory]
    [InlineData("C1", "P2", "2015-01-01", "2016-01-01", null)] // ends as line 2 starts
    [InlineData("C2", "P2", "2015-01-01", null, 4)] // still open when line 4 starts
    [InlineData("C1", "P9", "2016-01-01", null, null)] // replaced by line 2
    [InlineData("C9", "P1", "2000-01-01", null, null)] // not a customer of the folder
    public void A_stored_interval_of_a_customer_of_the_folder_is_checked_unless_the_folder_replaces_it(
        string customer, string partner, string from, string? to, int? problemLine)
    {
        using var folder = DataFolder.Valid();
        StoredDpor[] stored = [new(new CustomerId(customer), new PartnerId(partner), DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture))];

        using var english = UiCulture.English();
        var read = DataFolderReader.ReadContents(folder.Path, TestCatalog.CloudCrm, stored);

        Assert.Equal(problemLine, read.Problems.SingleOrDefault()?.Line);
        Assert.Equal(problemLine is null, read.IsValid);
    }
}
