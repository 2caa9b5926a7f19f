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

    public static Validated<ZipDrop> Unpack(Stream zip, long maxUnpackedBytes)
    {
        ArgumentNullException.ThrowIfNull(zip);
        var drop = new ZipDrop(Directory.CreateTempSubdirectory("attain-import-").FullName);
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
            var problems = new List<Problem>();
            long unpacked = 0;
            foreach (var entry in archive.Entries)
            {
                var parts = entry.FullName.Split('/', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length is 0 or > 2 || !FileNames.Contains(parts[^1], StringComparer.Ordinal))
                {
                    continue;
                }

                var target = Path.Combine(drop.Folder, parts[^1]);
                if (File.Exists(target))
                {
                    problems.Add(new Problem(entry.FullName, null, null, "the zip holds this file twice."));
                    continue;
                }

                // A zip bomb is stopped by what is actually written, not by what the entry headers claim.
                using var source = entry.Open();
                using var destination = File.Create(target);
                var buffer = new byte[81920];
                int read;
                while ((read = source.Read(buffer)) > 0)
                {
                    unpacked += read;
                    if (unpacked > maxUnpackedBytes)
                    {
                        drop.Dispose();
                        return Validated<ZipDrop>.Invalid([new Problem("zip", null, null, $"the files unpack to more than {maxUnpackedBytes} bytes.")]);
                    }

                    destination.Write(buffer, 0, read);
                }
            }

            if (problems.Count > 0)
            {
                drop.Dispose();
                return Validated<ZipDrop>.Invalid(problems);
            }

            return Validated<ZipDrop>.Valid(drop);
        }
        catch (InvalidDataException exception)
        {
            drop.Dispose();
            return Validated<ZipDrop>.Invalid([new Problem("zip", null, null, $"the upload is not a readable zip file ({exception.Message}).")]);
        }
    }

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
