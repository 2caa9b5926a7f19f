using Attain.Core;

namespace Attain.Data.Store.Import;

/// <summary>An import either wrote the drop (with what it did per table, and the drop's record) or wrote nothing and says why.</summary>
public sealed record ImportOutcome(IReadOnlyList<Problem> Problems, IReadOnlyList<TableCounts> Counts, int? CatalogVersion, long? ImportId = null)
{
    public bool Written => Problems.Count == 0;
}
