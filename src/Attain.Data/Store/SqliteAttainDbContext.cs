using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Store;

/// <summary>The store on SQLite (the default: a file, no set-up). Its migrations are under Migrations/Sqlite.</summary>
public sealed class SqliteAttainDbContext(DbContextOptions<SqliteAttainDbContext> options) : AttainDbContext(options);
