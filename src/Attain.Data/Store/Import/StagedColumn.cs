namespace Attain.Data.Store.Import;

public sealed record StagedColumn(string Name, ColumnKind Kind, bool IsKey);
