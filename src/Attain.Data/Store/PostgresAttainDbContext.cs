using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Store;

/// <summary>The store on PostgreSQL (production). Its migrations are under Migrations/Postgres.</summary>
public sealed class PostgresAttainDbContext(DbContextOptions<PostgresAttainDbContext> options) : AttainDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Ids sort by code point, as on SQLite and in Core (string.CompareOrdinal): partners stream in the
        // same order from both stores, whatever the server's locale.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(entity => entity.GetProperties()))
        {
            if (property.ClrType == typeof(string))
            {
                property.SetCollation("C");
            }
        }
    }
}
