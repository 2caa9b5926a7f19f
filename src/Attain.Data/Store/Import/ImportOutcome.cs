using Attain.Core;

namespace Attain.Data.Store.Import;

/// <summary>An import either wrote the drop (with what it did per table) or wrote nothing and says why.</summary>
public sealed record ImportOutcome(IReadOnlyList<Problem> Problems, IReadOnlyList<TableCounts> Counts, int? CatalogVersion)
{
    public bool Written => Problems.Count == 0;
}
