using Attain.Data.Store.Rows;
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

        // A search is a substring, which no B-tree can seek: a trigram index (pg_trgm, an extension any database owner
        // may create) finds a rare text's standings at once. At a million partners a search for one partner's name
        // took 180 ms reading every search key of the run, and takes 10 ms through it.
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.Entity<PartnerStandingRow>()
            .HasIndex(row => row.SearchKey, "ix_partner_standings_search_key_trigrams")
            .HasMethod("gin")
            .HasOperators("gin_trgm_ops");
    }
}
