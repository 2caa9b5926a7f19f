using Microsoft.EntityFrameworkCore.Design;

namespace Attain.Data.Store;

/// <summary>
/// Design-time only: lets dotnet-ef build the PostgreSQL model without a server; none is contacted.
/// <c>dotnet ef migrations add NAME -p src/Attain.Data --context PostgresAttainDbContext -o Store/Migrations/Postgres</c>
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAttainDbContext>
{
    public PostgresAttainDbContext CreateDbContext(string[] args) =>
        (PostgresAttainDbContext)StoreLocation.Parse("Host=localhost;Database=attain").CreateContext();
}
