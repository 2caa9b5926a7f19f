using System.CommandLine;
using Attain.Data.Store;

namespace Attain.Cli;

/// <summary>The --db option every store command shares.</summary>
public static class StoreOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"The store: a SQLite file (default: {StoreLocation.DefaultFile} in the working folder) or a PostgreSQL connection string \"Host=…;Database=…\". Default: ${StoreLocation.EnvironmentVariable}, else the SQLite file.",
    };
}
