using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Attain.Data.Store.Import;

/// <summary>PostgreSQL: binary COPY into a temporary table that disappears with the transaction.</summary>
internal sealed class PostgresCopyStager : IStager
{
    private const int ProgressEvery = 50_000;

    public async Task StageAsync<TRow>(
        DbConnection connection,
        DbTransaction transaction,
        StagedTable<TRow> table,
        IReadOnlyList<TRow> rows,
        bool intoTable,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        var target = intoTable ? table.Name : table.StageName;
        if (!intoTable)
        {
            await using var create = new NpgsqlCommand($"CREATE TEMP TABLE {table.StageName} (LIKE {table.Name}) ON COMMIT DROP", npgsql, (NpgsqlTransaction)transaction);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var columns = string.Join(", ", table.Columns.Select(column => column.Name));
        var types = table.Columns.Select(column => TypeOf(column.Kind)).ToArray();
        await using var writer = await npgsql.BeginBinaryImportAsync($"COPY {target} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var index = 0; index < rows.Count; index++)
        {
            var values = table.Values(rows[index]);
            await writer.StartRowAsync(cancellationToken);
            for (var column = 0; column < values.Length; column++)
            {
                if (values[column] is { } value)
                {
                    await writer.WriteAsync(value, types[column], cancellationToken);
                }
                else
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
            }

            if ((index + 1) % ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress(table.Name, index + 1, rows.Count));
            }
        }

        await writer.CompleteAsync(cancellationToken);
        progress?.Report(new ImportProgress(table.Name, rows.Count, rows.Count));
    }

    private static NpgsqlDbType TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Text => NpgsqlDbType.Text,
        ColumnKind.Date or ColumnKind.NullableDate => NpgsqlDbType.Date,
        ColumnKind.Money => NpgsqlDbType.Numeric,
        ColumnKind.Number => NpgsqlDbType.Integer,
        ColumnKind.BigNumber => NpgsqlDbType.Bigint,
        ColumnKind.Flag => NpgsqlDbType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
