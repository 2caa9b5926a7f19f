using System.Globalization;
using System.Text;
using Attain.Data.Folder;

namespace Attain.Data.Tests.Folder;

/// <summary>
/// Issue #9: a problem list is bounded. Up to 1,000 problems are listed one by one; past that, problems alike are
/// grouped with their count and first and last lines, at most 50 groups per column and one for the rest, and the
/// full list goes, one per line, to a writer the caller gives.
/// </summary>
public sealed class ProblemLimitTests
{
    private const int Rows = 1_000_000;

    [Fact]
    public void A_million_rows_with_the_same_problem_are_one_group_with_its_count_and_lines()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", RevenueRows(Rows, _ => "MB2-999"));
        using var everyProblem = new StringWriter();

        var problems = Read(folder, everyProblem);

        Assert.Equal(
            [
                "revenue.csv:2: product: product MB2-999 is not in the catalog (1000000 rows like this, lines 2 to 1000001)",
                $"{Path.GetFileName(folder.Path)}: 1000000 problems in all: past 1000, problems alike are grouped as above",
            ],
            problems);
        var lines = everyProblem.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Rows, lines.Length);
        Assert.Equal("revenue.csv:1000001: product: product MB2-999 is not in the catalog", lines[^1].TrimEnd('\r'));
    }

    [Fact]
    public void Different_problems_are_at_most_fifty_groups_per_column_and_the_rest()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", RevenueRows(100_000, row => string.Create(CultureInfo.InvariantCulture, $"X-{row}")));

        var problems = Read(folder, everyProblem: null);

        Assert.Equal(52, problems.Count);
        Assert.Equal("revenue.csv:2: product: product X-0 is not in the catalog", problems[0]);
        Assert.Equal("revenue.csv:52: product: 99950 more problems in this column, lines 52 to 100001, such as: product X-50 is not in the catalog", problems[^2]);
    }

    [Fact]
    public void Up_to_a_thousand_problems_are_listed_one_by_one()
    {
        using var folder = DataFolder.Valid().With("revenue.csv", RevenueRows(1_000, _ => "MB2-999"));

        var problems = Read(folder, everyProblem: null);

        Assert.Equal(1_000, problems.Count);
        Assert.Equal("revenue.csv:1001: product: product MB2-999 is not in the catalog", problems[^1]);
    }

    private static List<string> Read(DataFolder folder, TextWriter? everyProblem)
    {
        using var english = UiCulture.English();
        var read = DataFolderReader.Read(folder.Path, TestCatalog.CloudCrm, everyProblem);
        Assert.False(read.IsValid);
        return [.. read.Problems.Select(problem => problem.ToString())];
    }

    /// <summary>revenue.csv with <paramref name="count"/> rows of a known customer, each with the product given for its row.</summary>
    private static string RevenueRows(int count, Func<int, string> product)
    {
        var text = new StringBuilder("customer_id,product,month,net_new_revenue_usd\n", count * 32);
        for (var row = 0; row < count; row++)
        {
            text.Append("C1,").Append(product(row)).Append(",2016-12,1\n");
        }

        return text.ToString(0, text.Length - 1); // no line break after the last row: an empty line is a problem too
    }
}
