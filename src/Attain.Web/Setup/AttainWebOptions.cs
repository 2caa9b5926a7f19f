using Attain.Web.Import;

namespace Attain.Web;

/// <summary>The "Attain" configuration section.</summary>
public sealed class AttainWebOptions
{
    /// <summary>The data folder imported into an empty store at start-up (default: the bundled samples/contoso).</summary>
    public string? SeedFolder { get; set; }

    /// <summary>A catalog file instead of the shipped one, and a country,market table replacing its markets.</summary>
    public string? Catalog { get; set; }

    public string? Markets { get; set; }

    /// <summary>The largest import upload accepted, in bytes.</summary>
    public long ImportLimitBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>The largest proposed catalog accepted by the catalog impact page and API, in bytes (the shipped one is about 10 KiB).</summary>
    public long CatalogLimitBytes { get; set; } = 1024 * 1024;

    /// <summary>The most an upload may unpack to, in all (checked on the headers before writing, and on the bytes while writing).</summary>
    public long ImportUnpackedLimitBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>The most entries an uploaded zip may hold.</summary>
    public int ImportMaxZipEntries { get; set; } = 1000;

    /// <summary>The highest compression ratio accepted for a data file of a megabyte or more (CSV compresses about 5 to 10 to 1).</summary>
    public int ImportMaxCompressionRatio { get; set; } = 100;

    public ZipLimits ZipLimits => new(ImportUnpackedLimitBytes, ImportMaxZipEntries, ImportMaxCompressionRatio);

    /// <summary>Where an uploaded zip is unpacked for the import (default: the system's temporary folder, $TMPDIR).</summary>
    public string? ImportTempFolder { get; set; }

    /// <summary>The temporary folder imports unpack into: <see cref="ImportTempFolder"/>, else the system's.</summary>
    public string ImportTempRoot => string.IsNullOrWhiteSpace(ImportTempFolder) ? Path.GetTempPath() : ImportTempFolder;
}
