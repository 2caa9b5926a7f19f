using Attain.Data.Store.Import;

namespace Attain.Web.Import;

/// <summary>What an import wrote: rows added, changed and unchanged per table, the catalog version, and the snapshots it took.</summary>
public sealed record ImportResult(IReadOnlyList<TableCounts> Counts, int? CatalogVersion, int SnapshotsRecorded);
