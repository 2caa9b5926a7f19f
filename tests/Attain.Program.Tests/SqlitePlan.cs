using System.Globalization;
using Attain.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Attain.Program.Tests;

/// <summary>SQLite's query plan for a query as EF sends it: which index a list reads is a property worth a test.</summary>
internal static class SqlitePlan
{
    public static async Task<string> OfAsync<T>(AttainDbContext db, IQueryable<T> query)
    {
        // ToQueryString gives ".param set @name value" lines, then the SQL.
        var lines = query.ToQueryString().Split('\n');
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var parameter in lines.Where(line => line.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            var parts = parameter[".param set ".Length..].Split(' ', 2);
            command.Parameters.AddWithValue(parts[0], Literal(parts[1]));
        }

        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(3));
        }

        return string.Join('\n', plan);
    }

    private static object Literal(string text) =>
        text.StartsWith('\'') ? text[1..^1].Replace("''", "'", StringComparison.Ordinal) : long.Parse(text, CultureInfo.InvariantCulture);
}
