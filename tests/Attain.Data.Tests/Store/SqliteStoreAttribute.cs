using System.Reflection;
using Xunit.Sdk;

namespace Attain.Data.Tests.Store;

/// <summary>Runs a store theory against a real SQLite file.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteStoreAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreKind.Sqlite]];
}
