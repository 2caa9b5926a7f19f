using Attain.Data.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Cli;

/// <summary>
/// Issue #9: names an import now rejects may still be in a store an older version wrote (simulated by writing them
/// directly). On a terminal their control sequences are written as escapes; in a CSV, tab and CR starts are neutralised.
/// </summary>
public sealed class HostileNameOutputTests
{
    private const string Osc = "\u001b]0;pwned\u0007";
    private const string Red = "\u001b[31m";

    [Fact]
    public async Task Terminal_control_sequences_in_a_stored_name_reach_the_tables_escaped()
    {
        await using var store = await StoreWithNamesAsync(("P-1001", $"{Osc}Northwind{Red}"), ("P-1002", "Wingtip\u202eevil"));

        var table = Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", Attain.AsOf);
        var checklist = Attain.Run("evaluate", "--db", store.Db, "--partner", "P-1001", "--as-of", Attain.AsOf);

        foreach (var run in new[] { table, checklist })
        {
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.DoesNotContain('\u001b', run.Output);
            Assert.DoesNotContain('\u0007', run.Output);
            Assert.Contains(@"\u001B]0;pwned\u0007Northwind\u001B[31m", run.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain('\u202e', table.Output);
        Assert.Contains(@"Wingtip\u202Eevil", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_name_starting_with_tab_or_carriage_return_is_neutralised_in_the_csv_report()
    {
        await using var store = await StoreWithNamesAsync(("P-1001", "\t=1+2"), ("P-1002", "\r=cmd|' /C calc'!A0"));
        var report = Path.Combine(Directory.CreateTempSubdirectory("attain-report-").FullName, "report.csv");

        var run = Attain.Run("evaluate", "--db", store.Db, "--all", "--as-of", Attain.AsOf, "--out", report);

        Assert.True(run.ExitCode == 0, run.Error);
        var csv = File.ReadAllText(report);
        Assert.Contains("P-1001,\"'\t=1+2\",US,", csv, StringComparison.Ordinal);
        Assert.Contains("P-1002,\"'\r=cmd|' /C calc'!A0\",DE,", csv, StringComparison.Ordinal);
    }

    private static async Task<TestStore> StoreWithNamesAsync(params (string Partner, string Name)[] names)
    {
        var store = await TestStore.CreateAsync(StoreKind.Sqlite);
        Assert.Equal(0, Attain.Run("import", Attain.Samples, "--db", store.Db).ExitCode);
        await using var db = await store.OpenAsync();
        foreach (var (partner, name) in names)
        {
            Assert.Equal(1, await db.Partners.Where(row => row.PartnerId == partner).ExecuteUpdateAsync(set => set.SetProperty(row => row.Name, name)));
        }

        return store;
    }
}
