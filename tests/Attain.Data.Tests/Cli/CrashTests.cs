using System.Diagnostics;
using Attain.Core.Catalog;
using Attain.Data.Store.Import;
using Attain.Data.Store.Rows;
using Attain.Data.Tests.Store;
using Attain.DataGen;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Cli;

/// <summary>
/// kill -9 in the middle of an import leaves the store exactly as it was, and it still opens: the import is
/// one transaction, and neither SQLite's journal nor PostgreSQL's WAL lets half of one be seen.
/// </summary>
public sealed class CrashTests
{
    // Big enough that writing takes seconds (~18 revenue rows a partner), small enough to generate quickly.
    private const int GeneratedPartners = 15_000;

    private static readonly Lazy<string> LargeDrop = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("attain-large-drop-").FullName;
        var catalog = CatalogReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json")), "cloud-crm.json").Value!.InForceOn(new DateOnly(2026, 11, 25));
        new ProgramGenerator(catalog, new GeneratorSettings(GeneratedPartners, 7, new DateOnly(2026, 11, 25), folder)).Write();
        return folder;
    });

    [Theory, SqliteStore, PostgresStore]
    public async Task An_import_killed_midway_leaves_the_store_as_it_was_and_it_still_opens(StoreKind kind)
    {
        await using var store = await TestStore.CreateAsync(kind);
        await SeedAsync(store);
        var before = await StoreChecksum.OfAsync(store.Location);

        using var import = StartImport(LargeDrop.Value, store.Db);
        // The first progress line comes once the folder is validated and rows are being written, in the transaction.
        var writing = false;
        while (await import.StandardError.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("import: ", StringComparison.Ordinal))
            {
                writing = true;
                break;
            }
        }

        Assert.True(writing && !import.HasExited, "the import should still be writing when it is killed");
        import.Kill(entireProcessTree: true); // SIGKILL: no handler, no rollback, no goodbye
        await import.WaitForExitAsync();

        Assert.Equal(before, await StoreChecksum.OfAsync(store.Location));
        await using var db = await store.OpenAsync();
        Assert.Equal(1, await db.Partners.CountAsync());
    }

    private static async Task SeedAsync(TestStore store)
    {
        await using var db = await store.OpenAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await DropWriter.WriteAsync(db, new DataDrop(
            [new PartnerRow { PartnerId = "KEEP-1", Name = "Kept", Country = "US" }],
            [],
            [],
            [new DporRow { CustomerId = "KEEP-C1", From = new DateOnly(2020, 1, 1), PartnerId = "KEEP-1" }],
            [new RevenueRow { CustomerId = "KEEP-C1", Month = new DateOnly(2026, 1, 1), Product = "crm-online", AmountUsd = 1m }]));
        await transaction.CommitAsync();
    }

    private static Process StartImport(string folder, string db)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "attain.dll"), "import", folder, "--db", db })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start attain import");
        _ = process.StandardOutput.ReadToEndAsync(); // keep the pipe drained
        return process;
    }
}
