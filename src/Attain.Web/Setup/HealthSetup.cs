using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Attain.Web.Setup;

/// <summary>
/// /health/live: the process answers (no checks; a restart would not mend the store). /health/ready and /health:
/// the store answers real queries (<see cref="StoreHealthCheck"/>); 503 when it does not.
/// </summary>
public static class HealthSetup
{
    public const string ReadyTag = "ready";

    public static void MapAttainHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
    }
}
