namespace Attain.Web.Tests.Support;

/// <summary>
/// A test that needs the PostgreSQL server of scripts/with-postgres.sh. Without one, a developer's run skips it
/// and says why; CI (CI=true) runs it anyway, so it fails loudly instead of passing by not running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "ATTAIN_TEST_POSTGRES";

    public PostgresFactAttribute()
    {
        if (Server is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"{Variable} is not set: run under scripts/with-postgres.sh (./test.sh does) to test the web app on PostgreSQL.";
        }
    }

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
