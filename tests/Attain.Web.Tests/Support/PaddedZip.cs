using System.IO.Compression;

namespace Attain.Web.Tests.Support;

/// <summary>
/// samples/contoso as a zip of an exact size: the data files plus a stored (uncompressed) entry the import
/// ignores, sized so the whole zip is the requested number of bytes. For tests just under and just over a limit.
/// </summary>
public static class PaddedZip
{
    public static byte[] Create(long totalBytes)
    {
        var padding = 0L;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var zip = Build(padding);
            if (zip.LongLength == totalBytes)
            {
                return zip;
            }

            padding += totalBytes - zip.LongLength;
            Assert.True(padding >= 0, $"The sample alone is larger than {totalBytes} bytes.");
        }

        throw new InvalidOperationException($"Could not pad the sample zip to exactly {totalBytes} bytes.");
    }

    private static byte[] Build(long padding)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "contoso"), "*.csv"))
            {
                using var entry = archive.CreateEntry(Path.GetFileName(file)).Open();
                using var source = File.OpenRead(file);
                source.CopyTo(entry);
            }

            // Random bytes do not compress, and NoCompression stores them: the zip grows by exactly what is added.
            using var pad = archive.CreateEntry("padding.bin", CompressionLevel.NoCompression).Open();
            var bytes = new byte[padding];
            new Random(7).NextBytes(bytes);
            pad.Write(bytes);
        }

        return buffer.ToArray();
    }
}
