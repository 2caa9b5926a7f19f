using Attain.Data;
using Attain.Data.Store;
using Attain.Program.Import;

namespace Attain.Program.Tests;

/// <summary>A SQLite store file of the test's own, holding a data folder (the sample program unless told otherwise).</summary>
public sealed class ProgramStore : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("attain-program-tests-").FullName;

    private ProgramStore()
    {
    }

    /// <summary>How many partners samples/contoso/partners.csv holds (P-1001 … P-1016).</summary>
    public const int SamplePartners = 16;

    public static string Samples => Path.Combine(AppContext.BaseDirectory, "samples", "contoso");

    public StoreLocation Location => StoreLocation.Parse(Path.Combine(_folder, "attain.db"));

    /// <summary>The sample program, with extra lines appended to partners.csv.</summary>
    public static async Task<ProgramStore> CreateAsync(string extraPartners = "")
    {
        var store = new ProgramStore();
        var drop = Path.Combine(store._folder, "drop");
        Directory.CreateDirectory(drop);
        foreach (var file in Directory.GetFiles(Samples, "*.csv"))
        {
            File.Copy(file, Path.Combine(drop, Path.GetFileName(file)));
        }

        await File.AppendAllTextAsync(Path.Combine(drop, "partners.csv"), extraPartners);
        await using var program = await store.OpenAsync();
        var outcome = await DropImport.RunAsync(program.Program, drop);
        Assert.True(outcome.Written, string.Join("; ", outcome.Problems));
        return store;
    }

    public async Task<OpenProgram> OpenAsync()
    {
        var db = await Location.OpenAsync();
        var source = CatalogFile.Source(null, null);
        return new OpenProgram(db, new AttainProgram(db, CatalogFile.Load(null, null).Value!, source, TimeProvider.System));
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temporary folder is the system's to clean if a file is still held open.
        }

        return ValueTask.CompletedTask;
    }
}
