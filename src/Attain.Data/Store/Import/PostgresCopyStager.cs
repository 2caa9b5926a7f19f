using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Attain.Data.Store.Import;

/// <summary>PostgreSQL: binary COPY, into a temporary table that disappears with the transaction or straight into the table.</summary>
internal sealed class PostgresCopyStager : IStager
{
    public IRowSink<TRow> Open<TRow>(DbConnection connection, DbTransaction transaction, StagedTable<TRow> table, bool intoTable)
    {
        var npgsql = (NpgsqlConnection)connection;
        var target = intoTable ? table.Name : table.StageName;
        if (!intoTable)
        {
            using var create = new NpgsqlCommand($"CREATE TEMP TABLE {table.StageName} (LIKE {table.Name}) ON COMMIT DROP", npgsql, (NpgsqlTransaction)transaction);
            create.ExecuteNonQuery();
        }

        var columns = string.Join(", ", table.Columns.Select(column => column.Name));
        var types = table.Columns.Select(column => TypeOf(column.Kind)).ToArray();
        return new CopySink<TRow>(npgsql.BeginBinaryImport($"COPY {target} ({columns}) FROM STDIN (FORMAT BINARY)"), table, types);
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

    private sealed class CopySink<TRow>(NpgsqlBinaryImporter writer, StagedTable<TRow> table, NpgsqlDbType[] types) : IRowSink<TRow>
    {
        public void Add(TRow row)
        {
            var values = table.Values(row);
            writer.StartRow();
            for (var column = 0; column < values.Length; column++)
            {
                if (values[column] is { } value)
                {
                    writer.Write(value, types[column]);
                }
                else
                {
                    writer.WriteNull();
                }
            }
        }

        public void Complete()
        {
            writer.Complete();
            // The connection stays in COPY state until the importer is disposed: the merge's queries follow at once.
            writer.Dispose();
        }

        public void Dispose() => writer.Dispose();
    }
}
