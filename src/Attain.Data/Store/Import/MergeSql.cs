namespace Attain.Data.Store.Import;

/// <summary>
/// Set-based upsert by natural key from a staging table, in SQL that PostgreSQL and SQLite (3.39+) both
/// speak: count what is new and what differs, then one INSERT … ON CONFLICT that only touches rows that differ.
/// </summary>
internal static class MergeSql
{
    public static string CountAdded<TRow>(StagedTable<TRow> table) =>
        $"SELECT count(*) FROM {table.StageName} s WHERE NOT EXISTS (SELECT 1 FROM {table.Name} t WHERE {KeysMatch(table)})";

    public static string? CountChanged<TRow>(StagedTable<TRow> table) =>
        table.NonKeys.Any()
            ? $"SELECT count(*) FROM {table.StageName} s JOIN {table.Name} t ON {KeysMatch(table)} WHERE {Differs(table, "t", "s")}"
            : null;

    public static string Upsert<TRow>(StagedTable<TRow> table)
    {
        var columns = string.Join(", ", table.Columns.Select(column => column.Name));
        var keys = string.Join(", ", table.Keys.Select(column => column.Name));
        // "WHERE true" keeps SQLite's parser from reading ON CONFLICT as a join constraint.
        var insert = $"INSERT INTO {table.Name} ({columns}) SELECT {columns} FROM {table.StageName} WHERE true ON CONFLICT ({keys}) ";
        if (!table.NonKeys.Any())
        {
            return insert + "DO NOTHING";
        }

        var set = string.Join(", ", table.NonKeys.Select(column => $"{column.Name} = excluded.{column.Name}"));
        return insert + $"DO UPDATE SET {set} WHERE {Differs(table, table.Name, "excluded")}";
    }

    private static string KeysMatch<TRow>(StagedTable<TRow> table) =>
        string.Join(" AND ", table.Keys.Select(column => $"t.{column.Name} = s.{column.Name}"));

    private static string Differs<TRow>(StagedTable<TRow> table, string stored, string given) =>
        string.Join(" OR ", table.NonKeys.Select(column => $"{stored}.{column.Name} IS DISTINCT FROM {given}.{column.Name}"));
}
