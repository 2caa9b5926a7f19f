using System.Data.Common;

namespace Attain.Data.Store.Import;

/// <summary>
/// Moves rows into a temporary staging table, the fastest way each database has; the merge into the real tables is
/// then set-based SQL, the same on both (see <see cref="MergeSql"/>). With <c>intoTable</c> the rows go straight
/// into the real table instead: the import does that only when the table is empty, where there is nothing to merge
/// with and the folder's keys are known to be unique.
/// </summary>
internal interface IStager
{
    IRowSink<TRow> Open<TRow>(DbConnection connection, DbTransaction transaction, StagedTable<TRow> table, bool intoTable);
}
