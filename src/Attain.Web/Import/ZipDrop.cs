using System.IO.Compression;
using System.IO.Hashing;
using Attain.Core;
using Attain.Web.Pages;
using Attain.Web.Resources;

namespace Attain.Web.Import;

/// <summary>
/// A zipped data folder unpacked into a temporary folder, so the import reads it exactly as the command line
/// reads a folder. Only the five SPEC §3 file names are written, at the top of the zip or inside one folder;
/// anything else in the zip is ignored, so no entry can write outside the temporary folder. Problems are told in the
/// request's language (<see cref="WebTexts"/>), never with the text of the exception that found them.
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
        catch (InvalidDataException)
        {
            return NotAZip();
        }

        using (archive)
        {
            try
            {
                // Everything the headers tell is judged before a byte is written: a bomb that says what it is costs nothing.
                var (entries, problems) = DataEntries(archive, limits);
                return problems.Count > 0 ? Validated<ZipDrop>.Invalid(problems) : Write(entries, tempRoot);
            }
            catch (InvalidDataException)
            {
                return NotAZip();
            }
        }
    }

    private static (List<ZipArchiveEntry> Entries, List<Problem> Problems) DataEntries(ZipArchive archive, ZipLimits limits)
    {
        var problems = new List<Problem>();
        if (archive.Entries.Count > limits.MaxEntries)
        {
            problems.Add(Problem("zip", Localized.Format(WebTexts.Zip_TooManyEntries, archive.Entries.Count, limits.MaxEntries)));
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
                problems.Add(Problem(entry.FullName, WebTexts.Zip_Twice));
                continue;
            }

            if (entry.Length >= ZipLimits.RatioCheckedFrom && entry.Length / Math.Max(entry.CompressedLength, 1) > limits.MaxCompressionRatio)
            {
                problems.Add(Problem(entry.FullName, Localized.Format(WebTexts.Zip_Ratio, entry.Length, entry.CompressedLength, limits.MaxCompressionRatio)));
            }

            entries.Add(entry);
        }

        // Saturating: zip64 sizes can be anything up to long.MaxValue, and a sum that wraps would pass the check.
        var declared = entries.Aggregate(0L, (sum, entry) => sum > long.MaxValue - entry.Length ? long.MaxValue : sum + entry.Length);
        if (declared > limits.MaxUnpackedBytes)
        {
            problems.Add(Problem("zip", Localized.Format(WebTexts.Zip_Unpacked, declared, limits.MaxUnpackedBytes)));
        }

        return (entries, problems);
    }

    /// <summary>
    /// Writes each entry, counting what it really unpacks to: what reaches the disk never exceeds what was declared,
    /// which was checked against the cap. .NET stops a deflated entry at its declared size without a word, so a
    /// header that understates the size would import a silently cut file: the size and CRC-32 of what was written
    /// must match the header's.
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
                var crc = new Crc32();
                long written = 0;
                int read;
                while ((read = source.Read(buffer)) > 0)
                {
                    written += read;
                    if (written > entry.Length)
                    {
                        drop.Dispose();
                        return Validated<ZipDrop>.Invalid([Problem(entry.FullName, Localized.Format(WebTexts.Zip_LargerThanDeclared, entry.Length))]);
                    }

                    crc.Append(buffer.AsSpan(0, read));
                    WriteOrFail(destination, buffer.AsSpan(0, read), tempRoot);
                }

                if (written != entry.Length || crc.GetCurrentHashAsUInt32() != entry.Crc32)
                {
                    drop.Dispose();
                    return Validated<ZipDrop>.Invalid([Problem(entry.FullName, Localized.Format(WebTexts.Zip_Mismatch, entry.Length, entry.Crc32.ToString("x8", System.Globalization.CultureInfo.InvariantCulture), written))]);
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

    // The exception's own text ("End of Central Directory record could not be found") is English, and for developers.
    private static Validated<ZipDrop> NotAZip() => Validated<ZipDrop>.Invalid([Problem("zip", WebTexts.Zip_NotAZip)]);

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
