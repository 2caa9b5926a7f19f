using System.Text;

namespace Attain.Web.Import;

/// <summary>
/// The full problem lists of rejected imports (issue #9), one file each in the temporary folder: the response and the page
/// show a bounded, grouped list, and link here for every problem. Lists older than <see cref="Kept"/> are removed
/// whenever a new one is made, so the folder does not grow with the number of imports.
/// </summary>
public sealed class ProblemLists(TimeProvider clock)
{
    public static readonly TimeSpan Kept = TimeSpan.FromHours(1);

    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "attain-problem-lists");

    /// <summary>A new list to write problems to, one per line; its id is what <see cref="TryOpen"/> takes.</summary>
    public (string Id, StreamWriter Writer) Create()
    {
        Directory.CreateDirectory(Folder);
        RemoveOld();
        var id = Guid.NewGuid().ToString("N");
        return (id, new StreamWriter(PathOf(id), append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));
    }

    /// <summary>The list, or null when there is none (never was, or removed): the id is a GUID, so no path can be made of it.</summary>
    public static FileStream? TryOpen(string id)
    {
        if (!Guid.TryParseExact(id, "N", out var guid))
        {
            return null;
        }

        try
        {
            return File.OpenRead(PathOf(guid.ToString("N")));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public static void Remove(string id) => File.Delete(PathOf(id));

    private static string PathOf(string id) => Path.Combine(Folder, id + ".txt");

    private void RemoveOld()
    {
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.txt"))
        {
            if (clock.GetUtcNow() - file.LastWriteTimeUtc > Kept)
            {
                try
                {
                    file.Delete();
                }
                catch (IOException)
                {
                    // Being read right now: the next import removes it.
                }
            }
        }
    }
}
