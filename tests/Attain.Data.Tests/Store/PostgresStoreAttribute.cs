using System.Reflection;
using Xunit.Sdk;

namespace Attain.Data.Tests.Store;

/// <summary>
/// Runs a store theory against the real PostgreSQL server that scripts/with-postgres.sh starts. Without one,
/// a developer's run skips these cases and says why; CI (CI=true) runs them anyway, so they fail loudly
/// instead of passing by not running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresStoreAttribute : DataAttribute
{
    public PostgresStoreAttribute()
    {
        if (TestStore.PostgresServer is null && !TestStore.IsCi)
        {
            Skip = $"{TestStore.PostgresVariable} is not set: run under scripts/with-postgres.sh (./test.sh does) to test on PostgreSQL.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreKind.Postgres]];
}
