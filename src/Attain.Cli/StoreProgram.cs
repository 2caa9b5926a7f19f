using Attain.Cli.Evaluate;
using Attain.Data;
using Attain.Data.Store;
using Attain.Program;

namespace Attain.Cli;

/// <summary>
/// What every command over the store does first, in one place so that they agree: load the catalog (a bad one is
/// rejected with its problems and exit code 2), open the store (its schema brought up to date) and put the program
/// over both. Disposing closes the store.
/// </summary>
internal sealed class StoreProgram : IAsyncDisposable
{
    private StoreProgram(AttainProgram? program, StoreLocation? location, int exitCode)
    {
        Program = program;
        Location = location;
        ExitCode = exitCode;
    }

    /// <summary>The program, or null when the catalog was rejected (<see cref="ExitCode"/> says how to exit).</summary>
    public AttainProgram? Program { get; }

    /// <summary>Where the store is, for messages that name it.</summary>
    public StoreLocation? Location { get; }

    public int ExitCode { get; }

    public static async Task<StoreProgram> OpenAsync(string? db, string? catalogPath, string? marketsPath, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        var catalog = CatalogFile.Load(catalogPath, marketsPath);
        if (!catalog.IsValid)
        {
            return new StoreProgram(null, null, EvaluateCommand.Reject(catalog.Problems, error));
        }

        var location = StoreLocation.Resolve(db);
        var store = await location.OpenAsync(cancellationToken);
        var program = new AttainProgram(store, catalog.Value!, CatalogFile.Source(catalogPath, marketsPath), TimeProvider.System);
        return new StoreProgram(program, location, ExitCodes.Success);
    }

    public ValueTask DisposeAsync() => Program?.Db.DisposeAsync() ?? ValueTask.CompletedTask;
}
