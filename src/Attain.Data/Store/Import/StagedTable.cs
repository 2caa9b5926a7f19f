namespace Attain.Data.Store.Import;

/// <summary>
/// A store table as the import sees it: its columns, which of them make the natural key, and how to take
/// a row's values apart. The same description drives staging (COPY or batched inserts) and the merge SQL.
/// </summary>
public sealed record StagedTable<TRow>(string Name, IReadOnlyList<StagedColumn> Columns, Func<TRow, object?[]> Values)
{
    public string StageName => "stage_" + Name;

    public IEnumerable<StagedColumn> Keys => Columns.Where(column => column.IsKey);

    public IEnumerable<StagedColumn> NonKeys => Columns.Where(column => !column.IsKey);
}
