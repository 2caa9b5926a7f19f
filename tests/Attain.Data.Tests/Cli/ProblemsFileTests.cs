using System.Text;
using Attain.Data.Tests.Store;

namespace Attain.Data.Tests.Cli;

/// <summary>Issue #9: past 1,000 problems the terminal gets them grouped, and --problems FILE gets every one, for evaluate and import.</summary>
public sealed class ProblemsFileTests
{
    private const int Rows = 200_000;

    [Theory]
    [InlineData("evaluate")]
    [InlineData("import")]
    public async Task Many_problems_are_grouped_on_the_terminal_and_all_in_the_problems_file(string command)
    {
        await using var store = await TestStore.CreateAsync(StoreKind.Sqlite);
        using var copy = Attain.CopyOfSamples();
        var drop = copy.Path;
        var revenue = new StringBuilder("customer_id,product,month,net_new_revenue_usd");
        for (var row = 0; row < Rows; row++)
        {
            revenue.Append("\nC-1001,MB2-999,2026-01,1");
        }

        File.WriteAllText(Path.Combine(drop, "revenue.csv"), revenue.ToString());
        var file = Path.Combine(drop, "problems.txt");

        var run = command == "evaluate"
            ? Attain.Run("evaluate", drop, "--as-of", Attain.AsOf, "--problems", file)
            : Attain.Run("import", drop, "--db", store.Db, "--problems", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("revenue.csv:2: product: product MB2-999 is not in the catalog (200000 rows like this, lines 2 to 200001)", run.Error, StringComparison.Ordinal);
        Assert.Contains("200000 problems in all", run.Error, StringComparison.Ordinal);
        Assert.Contains($"Every problem, one per line: {file}", run.Error, StringComparison.Ordinal);
        Assert.True(run.Error.Length < 4_096, run.Error[..200]);
        var lines = File.ReadAllLines(file);
        Assert.Equal(Rows, lines.Length);
        Assert.Equal("revenue.csv:200001: product: product MB2-999 is not in the catalog", lines[^1]);
    }
}
