using System.Data.Common;
using Attain.Data.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Attain.Web.Setup;

/// <summary>
/// Readiness: the store answers the queries the pages and the API make. Opening a connection is not enough: a
/// SQLite file whose pages are corrupt opens fine and then fails every read.
/// </summary>
public sealed class StoreHealthCheck(AttainDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Counting partners walks the partners table; the others read a row each, as every list and page does.
            var partners = await db.Partners.CountAsync(cancellationToken);
            await db.Individuals.AsNoTracking().Select(row => row.IndividualId).FirstOrDefaultAsync(cancellationToken);
            await db.Revenue.AsNoTracking().Select(row => row.Month).FirstOrDefaultAsync(cancellationToken);
            await db.Snapshots.AsNoTracking().Select(row => row.PartnerId).FirstOrDefaultAsync(cancellationToken);
            return HealthCheckResult.Healthy($"The store answers ({partners} partners).");
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"The store cannot be read: {exception.Message}", exception);
        }
    }
}
