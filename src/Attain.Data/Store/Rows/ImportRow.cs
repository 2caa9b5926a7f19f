namespace Attain.Data.Store.Rows;

/// <summary>
/// A drop the store took (issue 11): when, and by which name people know it (the folder `attain import` read, or the
/// zip the operator uploaded). Written in the import's own transaction, so a drop is recorded exactly when its rows are.
/// Snapshots name the latest drop they were evaluated from, so history can say where a level came from.
/// </summary>
public sealed class ImportRow
{
    public long Id { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public required string Name { get; set; }
}
