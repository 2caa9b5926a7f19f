namespace Attain.Web.Import;

/// <summary>
/// What an uploaded zip may unpack to (docs/SECURITY.md): at most <paramref name="MaxUnpackedBytes"/> in all,
/// <paramref name="MaxEntries"/> entries, and no data file compressed more than <paramref name="MaxCompressionRatio"/> to 1.
/// </summary>
public sealed record ZipLimits(long MaxUnpackedBytes, int MaxEntries, int MaxCompressionRatio)
{
    /// <summary>Below this size a file's ratio is not judged: a short file of repeated lines compresses well and costs nothing.</summary>
    public const long RatioCheckedFrom = 1024 * 1024;
}
