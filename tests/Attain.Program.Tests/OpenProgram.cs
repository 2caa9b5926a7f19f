using Attain.Data.Store;

namespace Attain.Program.Tests;

/// <summary>An open store and the program over it, closed together.</summary>
public sealed record OpenProgram(AttainDbContext Db, AttainProgram Program) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
