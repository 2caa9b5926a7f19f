using System.Data.Common;

namespace Attain.Data.Store.Import;

/// <summary>
/// Moves a drop's rows into a temporary staging table, the fastest way each database has; the merge into the
/// real tables is then set-based SQL, the same on both (see <see cref="MergeSql"/>).
/// </summary>
internal interface IStager
{
    Task StageAsync<TRow>(
        DbConnection connection,
        DbTransaction transaction,
        StagedTable<TRow> table,
        IReadOnlyList<TRow> rows,
        IProgress<ImportProgress>? progress,
        CancellationToken cancellationToken);
}
