using System.Diagnostics;
using Attain.Data.Store.Import;
using Attain.Data.Store.Rows;
using Attain.Data.Tests.Store;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Cli;

/// <summary>
/// kill -9 in the middle of an import's writing leaves the store exactly as it was, it still opens, and the next
/// import succeeds: the import is one transaction, and neither SQLite's journal nor PostgreSQL's WAL lets half of
/// one be seen. The import is held mid-write by its test seam (ATTAIN_TEST_HOLD_AFTER_ROWS, see ImportTestSeam),
/// so the kill lands while rows are written, every time, not at a moment the test hopes is the right one.
/// </summary>
public sealed class CrashTests
{
    private const string HoldVariable = "ATTAIN_TEST_HOLD_AFTER_ROWS";
    private const string HeldLine = "import: held for a test ";

    private static readonly string[] DataFiles = ["partners.csv", "individuals.csv", "exam_passes.csv", "dpor.csv", "revenue.csv"];

    [Theory, SqliteStore, PostgresStore]
    public async Task An_import_killed_while_writing_leaves_the_store_as_it_was_and_the_next_import_succeeds(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await SeedAsync(store);
        var before = await StoreChecksum.OfAsync(store.Location);

        // Once after the first table (partners merged with the stored one), once with every row of the drop written
        // and only the commit missing: neither may be seen after the kill.
        foreach (var holdAfter in new[] { 1, RowsOf(Attain.Samples) })
        {
            var written = await KillWhileWritingAsync(Attain.Samples, store.Db, holdAfter);
            Assert.True(written >= holdAfter, $"the import was held after {written} rows, asked {holdAfter}");
            Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
        }

        await using (var db = await store.OpenAsync())
        {
            Assert.Equal(["KEEP-1"], await db.Partners.Select(partner => partner.PartnerId).ToListAsync());
        }

        var next = Attain.Run("import", Attain.Samples, "--db", store.Db);
        Assert.True(next.ExitCode == 0, next.Error);
        await using (var db = await store.OpenAsync())
        {
            // The sample's rows next to the seeded one.
            Assert.Equal(Lines(Attain.Samples, "partners.csv") + 1, await db.Partners.CountAsync());
            Assert.Equal(Lines(Attain.Samples, "revenue.csv") + 1, await db.Revenue.CountAsync());
        }
    }

    /// <summary>Starts `attain import` as a process held by the seam after <paramref name="holdAfter"/> rows, kills it there, and says how many rows it had written.</summary>
    private static async Task<long> KillWhileWritingAsync(string folder, string db, long holdAfter)
    {
        using var import = StartImport(folder, db, holdAfter);
        var seen = new List<string>();
        string? held = null;
        while (await import.StandardError.ReadLineAsync() is { } line)
        {
            seen.Add(line);
            if (line.StartsWith(HeldLine, StringComparison.Ordinal))
            {
                held = line;
                break;
            }
        }

        Assert.True(held is not null && !import.HasExited, "the import should be held mid-write when it is killed; it printed:" + Environment.NewLine + string.Join(Environment.NewLine, seen));
        // The write stage had begun: a table's rows were reported written before the hold.
        Assert.Contains(seen, line => line.StartsWith("import: partners ", StringComparison.Ordinal));
        import.Kill(entireProcessTree: true); // SIGKILL: no handler, no rollback, no goodbye
        await import.WaitForExitAsync();
        return long.Parse(held[HeldLine.Length..].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Every row the sample drop writes: the five files' lines and one customer per DPOR customer.</summary>
    private static int RowsOf(string folder)
    {
        var customers = File.ReadLines(Path.Combine(folder, "dpor.csv")).Skip(1).Select(line => line.Split(',')[0]).Distinct(StringComparer.Ordinal).Count();
        return DataFiles.Sum(file => Lines(folder, file)) + customers;
    }

    /// <summary>Data lines of a CSV file, its header aside.</summary>
    private static int Lines(string folder, string file) => File.ReadLines(Path.Combine(folder, file)).Count(line => line.Length > 0) - 1;

    private static async Task SeedAsync(TestStore store)
    {
        await using var db = await store.OpenAsync();
        await db.Database.BeginTransactionAsync();
        await DropWriter.WriteAsync(db, new DataDrop(
            [new PartnerRow { PartnerId = "KEEP-1", Name = "Kept", Country = "US" }],
            [],
            [],
            [new DporRow { CustomerId = "KEEP-C1", From = new DateOnly(2020, 1, 1), PartnerId = "KEEP-1" }],
            [new RevenueRow { CustomerId = "KEEP-C1", Month = new DateOnly(2026, 1, 1), Product = "crm-online", AmountUsd = 1m }]));
        await db.Database.CommitTransactionAsync();
    }

    private static Process StartImport(string folder, string db, long holdAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "attain.dll"), "import", folder, "--db", db })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[HoldVariable] = holdAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start attain import");
        _ = process.StandardOutput.ReadToEndAsync(); // keep the pipe drained
        return process;
    }
}
