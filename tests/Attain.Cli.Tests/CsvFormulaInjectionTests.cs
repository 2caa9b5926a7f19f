namespace Attain.Cli.Tests;

/// <summary>
/// Issue #9: ids and names that start like a spreadsheet formula (=, +, -, @) reach every CSV Attain writes
/// neutralised as OWASP recommends (a leading single quote, the cell quoted); numbers Attain writes stay numbers.
/// </summary>
public sealed class CsvFormulaInjectionTests : IDisposable
{
    private readonly string _folder = HostileFolder();

    [Fact]
    public void Format_csv_neutralises_formulas_in_ids_and_names_and_keeps_negative_numbers()
    {
        var run = CliRun.Of("evaluate", _folder, "--as-of", SampleExpectations.AsOf, "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        AssertNeutralised(run.Output);
    }

    [Fact]
    public void Out_report_csv_neutralises_them_too()
    {
        var report = Path.Combine(_folder, "report.csv");

        var run = CliRun.Of("evaluate", _folder, "--as-of", SampleExpectations.AsOf, "--out", report);

        Assert.True(run.ExitCode == 0, run.Error);
        AssertNeutralised(File.ReadAllText(report));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void AssertNeutralised(string csv)
    {
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, line => line.StartsWith("\"'=1+2\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",US,", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("\"'+1+1\",\"'@SUM(A1:A9)\",US,", StringComparison.Ordinal));
        // A name that reads like a negative number is text someone typed: neutralised like any other.
        Assert.Contains(lines, line => line.StartsWith("\"'-2+3\",\"'-1200.50\",US,", StringComparison.Ordinal));
        // Attain's own figure -1200.50 is a number: written as it is, so a spreadsheet can sum it.
        var negative = Assert.Single(lines, line => line.StartsWith("\"'=1+2\"", StringComparison.Ordinal));
        Assert.Contains(",-1200.50,", negative, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, line => line.StartsWith('=') || line.Contains(",=", StringComparison.Ordinal)
            || line.Contains(",@", StringComparison.Ordinal) || line.Contains(",+", StringComparison.Ordinal));
    }

    /// <summary>The samples and three partners whose ids and names are formulas; the first has a refund of 1,200.50 in its window.</summary>
    private static string HostileFolder()
    {
        var folder = Directory.CreateTempSubdirectory("attain-formula-").FullName;
        foreach (var file in Directory.GetFiles(CliRun.Samples, "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(folder, "partners.csv"), """
            =1+2,"=HYPERLINK(""http://evil.example"",""x"")",US
            +1+1,@SUM(A1:A9),US
            -2+3,-1200.50,US

            """);
        File.AppendAllText(Path.Combine(folder, "dpor.csv"), "C-EVIL,=1+2,2020-01-01,\n");
        File.AppendAllText(Path.Combine(folder, "revenue.csv"), "C-EVIL,crm-online,2026-10,-1200.50\n");
        return folder;
    }
}
