using System.Globalization;
using Attain.Web.Tests.Support;
using Npgsql;

namespace Attain.Web.Tests.Api;

/// <summary>
/// The app on PostgreSQL, chosen by configuration alone (ConnectionStrings:Attain), on the throwaway server of
/// scripts/with-postgres.sh (./test.sh).
/// </summary>
public sealed class PostgresStoreTests
{
    [PostgresFact]
    public async Task The_app_starts_seeds_and_answers_on_PostgreSQL()
    {
        var server = PostgresFactAttribute.Server
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.Variable} is not set; CI runs the PostgreSQL tests under scripts/with-postgres.sh.");
        var database = string.Create(CultureInfo.InvariantCulture, $"attain_web_{Guid.NewGuid():N}");
        await AdminAsync(server, $"CREATE DATABASE {database}");
        try
        {
            await using var app = new PostgresApplication(new NpgsqlConnectionStringBuilder(server) { Database = database, Pooling = false }.ConnectionString);
            var client = app.Operator();

            var page = await ProblemJson.JsonAsync(await client.GetAsync("/api/partners?level=gold"));
            Assert.Equal(["P-1001", "P-1005", "P-1012", "P-1013"], page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("partnerId").GetString()!).ToArray());
            var history = await ProblemJson.JsonAsync(await client.GetAsync("/api/partners/P-1001/history"));
            Assert.Equal("gold", Assert.Single(history.EnumerateArray()).GetProperty("level").GetString());
            var imported = await JobPolling.FinishedAsync(client, client.PostAsync("/api/imports", SampleZip.Create()));
            Assert.Equal("succeeded", imported.GetProperty("state").GetString());
            Assert.All(imported.GetProperty("importCounts").EnumerateArray(), count => Assert.Equal(0, count.GetProperty("added").GetInt32()));
        }
        finally
        {
            await AdminAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task AdminAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class PostgresApplication(string connectionString) : AttainWebApplication
    {
        protected override string Store => connectionString;
    }
}
