using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Store;

/// <summary>
/// Serializes the two writers of the membership read model: an operator's decision and the recording of a batch of an
/// evaluation run. Each reads the decisions and writes rows derived from them. Without the lock, on PostgreSQL (read
/// committed) a decision committed while a batch is being recorded would be missing from that batch's rows, and two
/// decisions could both pass their checks against the same membership. Taken inside the caller's transaction and held
/// until it ends. SQLite needs nothing more: a write transaction (BEGIN IMMEDIATE) holds the database's one write lock.
/// </summary>
public static class MembershipLock
{
    // PostgreSQL advisory locks are keyed by a number the application owns: "Attain" in ASCII.
    private const long Key = 0x41_74_74_61_69_6E;

    public static async Task TakeAsync(AttainDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The membership lock is held until a transaction ends: begin one first.");
        }

        if (db is PostgresAttainDbContext)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
        }
    }
}
