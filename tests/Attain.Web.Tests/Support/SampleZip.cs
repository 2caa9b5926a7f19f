using System.IO.Compression;

namespace Attain.Web.Tests.Support;

/// <summary>samples/contoso as a zip, as an operator would upload it, with files changed where a test says so.</summary>
public static class SampleZip
{
    /// <summary>How many partners samples/contoso/partners.csv holds (P-1001 … P-1016).</summary>
    public const int Partners = 16;

    public static ByteArrayContent Create(string? folderName = "contoso", IReadOnlyDictionary<string, string>? replace = null)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "contoso"), "*.csv"))
            {
                var name = Path.GetFileName(file);
                var entry = archive.CreateEntry(folderName is null ? name : $"{folderName}/{name}");
                using var writer = new StreamWriter(entry.Open());
                writer.Write(replace is not null && replace.TryGetValue(name, out var text) ? text : File.ReadAllText(file));
            }
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/zip");
        return content;
    }

    public static string SampleText(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "contoso", file));
}
