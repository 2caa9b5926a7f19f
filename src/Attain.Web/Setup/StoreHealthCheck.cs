using Attain.Data.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Attain.Web.Setup;

/// <summary>/health: healthy when the store answers.</summary>
public sealed class StoreHealthCheck(AttainDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The store answers.")
            : HealthCheckResult.Unhealthy("The store does not answer.");
}
