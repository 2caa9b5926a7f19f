namespace Attain.Data.Store.Import;

/// <summary>
/// Rows of one table on their way into the database, one at a time, so that a table of any size costs the memory of
/// a row. Synchronous: the import's reader is synchronous CSV parsing on a thread of its own, and a row written
/// waits only for the connection's buffer. Disposing without <see cref="Complete"/> abandons the rows (the caller's
/// transaction is then rolled back).
/// </summary>
internal interface IRowSink<in TRow> : IDisposable
{
    void Add(TRow row);

    void Complete();
}
