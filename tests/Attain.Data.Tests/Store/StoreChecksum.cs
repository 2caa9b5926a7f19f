using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Attain.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace Attain.Data.Tests.Store;

/// <summary>Row counts and a digest of every row of every data table: "the store is exactly as it was".</summary>
public static class StoreChecksum
{
    private static readonly (string Table, string Order)[] Tables =
    [
        ("partners", "partner_id"),
        ("customers", "customer_id"),
        ("individuals", "individual_id"),
        ("exam_passes", "individual_id, exam, passed_on"),
        ("dpor", "customer_id, from_date"),
        ("revenue", "customer_id, month, product"),
        ("catalog_versions", "id"),
        ("snapshots", "id"),
    ];

    public static async Task<string> OfAsync(StoreLocation location)
    {
        await using var db = location.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var (table, order) in Tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY {order}";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = 0;
            var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            while (await reader.ReadAsync())
            {
                rows++;
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(column), CultureInfo.InvariantCulture) + "\u001f"));
                }
            }

            text.Append(CultureInfo.InvariantCulture, $"{table}={rows}:{Convert.ToHexString(hash.GetHashAndReset())[..16]} ");
        }

        return text.ToString().TrimEnd();
    }
}
