using System.IO.Compression;
using Attain.Core;

namespace Attain.Web.Import;

/// <summary>
/// A zipped data folder unpacked into a temporary folder, so the import reads it exactly as the command line
/// reads a folder. Only the five SPEC §3 file names are written, at the top of the zip or inside one folder;
/// anything else in the zip is ignored, so no entry can write outside the temporary folder.
/// </summary>
public sealed class ZipDrop : IDisposable
{
    public static readonly string[] FileNames = ["partners.csv", "individuals.csv", "exam_passes.csv", "dpor.csv", "revenue.csv"];

    private ZipDrop(string folder) => Folder = folder;

    public string Folder { get; }

    public static Validated<ZipDrop> Unpack(Stream zip, ZipLimits limits, string tempRoot)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException exception)
        {
            return NotAZip(exception);
        }

        using (archive)
        {
            try
            {
                // Everything the headers tell is judged before a byte is written: a bomb that says what it is costs nothing.
                var (entries, problems) = DataEntries(archive, limits);
                return problems.Count > 0 ? Validated<ZipDrop>.Invalid(problems) : Write(entries, tempRoot);
            }
            catch (InvalidDataException exception)
            {
                return NotAZip(exception);
            }
        }
    }

    private static (List<ZipArchiveEntry> Entries, List<Problem> Problems) DataEntries(ZipArchive archive, ZipLimits limits)
    {
        var problems = new List<Problem>();
        if (archive.Entries.Count > limits.MaxEntries)
        {
            problems.Add(Problem("zip", $"the zip holds {archive.Entries.Count} entries; at most {limits.MaxEntries} are accepted (Attain:ImportMaxZipEntries)."));
            return ([], problems);
        }

        var entries = new List<ZipArchiveEntry>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            var parts = entry.FullName.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length is 0 or > 2 || !FileNames.Contains(parts[^1], StringComparer.Ordinal))
            {
                continue;
            }

            if (!names.Add(parts[^1]))
            {
                problems.Add(Problem(entry.FullName, "the zip holds this file twice."));
                continue;
            }

            if (entry.Length >= ZipLimits.RatioCheckedFrom && entry.Length / Math.Max(entry.CompressedLength, 1) > limits.MaxCompressionRatio)
            {
                problems.Add(Problem(entry.FullName, $"{entry.Length} bytes compressed to {entry.CompressedLength}: more than {limits.MaxCompressionRatio} to 1 is not accepted (Attain:ImportMaxCompressionRatio)."));
            }

            entries.Add(entry);
        }

        // Saturating: zip64 sizes can be anything up to long.MaxValue, and a sum that wraps would pass the check.
        var declared = entries.Aggregate(0L, (sum, entry) => sum > long.MaxValue - entry.Length ? long.MaxValue : sum + entry.Length);
        if (declared > limits.MaxUnpackedBytes)
        {
            problems.Add(Problem("zip", $"the files unpack to {declared} bytes; at most {limits.MaxUnpackedBytes} are accepted (Attain:ImportUnpackedLimitBytes)."));
        }

        return (entries, problems);
    }

    /// <summary>
    /// Writes each entry, counting what it really unpacks to: a header that understates its size is caught at the
    /// first byte past it, so what reaches the disk never exceeds what was declared, which was checked against the cap.
    /// </summary>
    private static Validated<ZipDrop> Write(List<ZipArchiveEntry> entries, string tempRoot)
    {
        var drop = new ZipDrop(CreateFolder(tempRoot));
        try
        {
            var buffer = new byte[81920];
            foreach (var entry in entries)
            {
                using var source = entry.Open();
                using var destination = Create(Path.Combine(drop.Folder, entry.Name), tempRoot);
                long written = 0;
                int read;
                while ((read = source.Read(buffer)) > 0)
                {
                    written += read;
                    if (written > entry.Length)
                    {
                        drop.Dispose();
                        return Validated<ZipDrop>.Invalid([Problem(entry.FullName, $"unpacks to more than the {entry.Length} bytes its header declares (Attain:ImportUnpackedLimitBytes).")]);
                    }

                    WriteOrFail(destination, buffer.AsSpan(0, read), tempRoot);
                }
            }

            return Validated<ZipDrop>.Valid(drop);
        }
        catch
        {
            drop.Dispose();
            throw;
        }
    }

    /// <summary>A fresh folder under <paramref name="tempRoot"/>, which must exist: a missing $TMPDIR is reported, not created.</summary>
    private static string CreateFolder(string tempRoot)
    {
        try
        {
            if (!Directory.Exists(tempRoot))
            {
                throw new DirectoryNotFoundException("it does not exist");
            }

            return Directory.CreateDirectory(Path.Combine(tempRoot, "attain-import-" + Path.GetRandomFileName())).FullName;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(tempRoot, exception);
        }
    }

    private static FileStream Create(string path, string tempRoot)
    {
        try
        {
            return File.Create(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw Unavailable(tempRoot, exception);
        }
    }

    private static void WriteOrFail(FileStream destination, ReadOnlySpan<byte> bytes, string tempRoot)
    {
        try
        {
            destination.Write(bytes);
        }
        catch (IOException exception)
        {
            // A full disk is the server's fault, not the upload's.
            throw Unavailable(tempRoot, exception);
        }
    }

    private static ImportUnavailableException Unavailable(string tempRoot, Exception exception) =>
        new($"The temporary folder {tempRoot} cannot be used ({exception.Message}); set TMPDIR or Attain:ImportTempFolder to a writable folder with room for the unpacked files.", exception);

    private static Validated<ZipDrop> NotAZip(InvalidDataException exception) =>
        Validated<ZipDrop>.Invalid([Problem("zip", $"the upload is not a readable zip file ({exception.Message}).")]);

    private static Problem Problem(string file, string message) => new(file, null, null, message);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is the operating system's to clean; the import's answer matters more.
        }
    }
}
