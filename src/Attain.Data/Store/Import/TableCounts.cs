namespace Attain.Data.Store.Import;

/// <summary>What an import did to one table: rows added, rows whose values changed, rows already as given.</summary>
public sealed record TableCounts(string Table, long Added, long Changed, long Unchanged);
