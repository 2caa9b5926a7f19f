namespace Attain.Data.Store;

public enum StoreProvider
{
    Sqlite,
    Postgres,
}
