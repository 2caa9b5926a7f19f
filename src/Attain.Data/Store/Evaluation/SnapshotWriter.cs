using System.Data.Common;
using Attain.Data.Store.Rows;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Attain.Data.Store.Evaluation;

/// <summary>
/// Appends snapshot rows the way each database loads fastest: binary COPY on PostgreSQL, one prepared INSERT
/// reused for every row on SQLite. A batch is written all or nothing (COPY is one statement; SQLite gets a
/// transaction when the caller has none), and the change tracker never sees the rows, so memory stays flat.
/// </summary>
internal static class SnapshotWriter
{
    private static readonly string[] SqliteParameters = ["@partner", "@asOf", "@version", "@digest", "@level", "@ttm", "@json", "@at", "@import"];

    private const string Columns = "partner_id, as_of, catalog_version_id, input_digest, level, ttm_revenue_usd, result_json, evaluated_at_utc, import_id";

    public static async Task WriteAsync(AttainDbContext db, IReadOnlyList<SnapshotRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, rows, cancellationToken);
        }
        else
        {
            await InsertAsync((SqliteConnection)connection, (SqliteTransaction?)transaction, rows, cancellationToken);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<SnapshotRow> rows, CancellationToken cancellationToken)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY snapshots ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(row.PartnerId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.AsOf, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(row.CatalogVersionId, NpgsqlDbType.Integer, cancellationToken);
            await writer.WriteAsync(row.InputDigest, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.Level, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.TtmRevenueUsd, NpgsqlDbType.Numeric, cancellationToken);
            await writer.WriteAsync(row.ResultJson, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(row.EvaluatedAtUtc, NpgsqlDbType.TimestampTz, cancellationToken);
            if (row.ImportId is { } import)
            {
                await writer.WriteAsync(import, NpgsqlDbType.Bigint, cancellationToken);
            }
            else
            {
                await writer.WriteNullAsync(cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction? transaction, IReadOnlyList<SnapshotRow> rows, CancellationToken cancellationToken)
    {
        var own = transaction is null ? (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction ?? own;
            command.CommandText = $"INSERT INTO snapshots ({Columns}) VALUES ({string.Join(", ", SqliteParameters)})";
            var parameters = SqliteParameters.Select(name => command.Parameters.Add(new SqliteParameter(name, DBNull.Value)))
                .ToArray();
            command.Prepare();
            foreach (var row in rows)
            {
                // The same text forms EF Core's SQLite provider writes, so both paths read back alike.
                parameters[0].Value = row.PartnerId;
                parameters[1].Value = row.AsOf;
                parameters[2].Value = row.CatalogVersionId;
                parameters[3].Value = row.InputDigest;
                parameters[4].Value = row.Level;
                parameters[5].Value = row.TtmRevenueUsd;
                parameters[6].Value = row.ResultJson;
                parameters[7].Value = row.EvaluatedAtUtc;
                parameters[8].Value = row.ImportId is { } import ? import : DBNull.Value;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }
}
