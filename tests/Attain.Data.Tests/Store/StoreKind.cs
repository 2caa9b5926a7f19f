namespace Attain.Data.Tests.Store;

/// <summary>The two databases every store test runs against.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
