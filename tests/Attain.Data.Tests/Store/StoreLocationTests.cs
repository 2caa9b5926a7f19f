using Attain.Data.Store;
using Npgsql;

namespace Attain.Data.Tests.Store;

public sealed class StoreLocationTests
{
    [Fact]
    public void A_PostgreSQL_store_waits_as_long_as_a_large_import_takes()
    {
        var location = StoreLocation.Parse("Host=db.example;Database=attain;Username=attain");

        Assert.Equal(StoreProvider.Postgres, location.Provider);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(location.ConnectionString).CommandTimeout);
    }

    [Fact]
    public void A_command_timeout_the_operator_gave_stays()
    {
        var location = StoreLocation.Parse("Host=db.example;Database=attain;Command Timeout=5");

        Assert.Equal(5, new NpgsqlConnectionStringBuilder(location.ConnectionString).CommandTimeout);
    }

    [Fact]
    public void Anything_without_a_host_is_a_SQLite_file()
    {
        Assert.Equal(StoreProvider.Sqlite, StoreLocation.Parse("some/folder/attain.db").Provider);
    }
}
