using System.Buffers.Binary;
using Microsoft.Data.Sqlite;

namespace Attain.Web.Tests.Support;

/// <summary>Corrupts a SQLite store as a failing disk would: every page after the first (the header and the schema) overwritten.</summary>
public static class CorruptStore
{
    public static void OverwritePages(string path)
    {
        SqliteConnection.ClearAllPools();
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        var header = new byte[100];
        file.ReadExactly(header);
        var pageSize = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16)) is var size and not 1 ? size : 65536;
        Assert.True(file.Length > pageSize * 2, "The store is too small to corrupt past its first page.");

        var garbage = new byte[pageSize];
        new Random(13).NextBytes(garbage);
        file.Position = pageSize;
        while (file.Position < file.Length)
        {
            file.Write(garbage);
        }

        // A new change counter tells any connection still holding pages in its cache to read them again.
        file.Position = 24;
        file.Write([0x7f, 0x7f, 0x7f, 0x7f]);
    }
}
