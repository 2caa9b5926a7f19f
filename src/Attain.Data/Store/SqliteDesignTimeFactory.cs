using Microsoft.EntityFrameworkCore.Design;

namespace Attain.Data.Store;

/// <summary>
/// Design-time only: lets dotnet-ef build the SQLite model without a running program; no database is opened.
/// <c>dotnet ef migrations add NAME -p src/Attain.Data --context SqliteAttainDbContext -o Store/Migrations/Sqlite</c>
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAttainDbContext>
{
    public SqliteAttainDbContext CreateDbContext(string[] args) =>
        (SqliteAttainDbContext)StoreLocation.Parse("design.db").CreateContext();
}
