namespace Attain.Data.Store.Import;

/// <summary>
/// The name a drop is recorded under: the folder's own name (`drops/2026-11` is "2026-11") or the uploaded file's.
/// It is shown to people, so control characters become spaces and it is cut to a length a line can hold.
/// </summary>
public static class ImportNames
{
    public const int MaxLength = 200;

    public static string Of(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        return Path.GetFileName(full) is { Length: > 0 } name ? name : full;
    }

    public static string Clean(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var clean = new string([.. name.Select(character => char.IsControl(character) ? ' ' : character)]).Trim();
        return clean.Length == 0 ? "unnamed" : clean.Length <= MaxLength ? clean : clean[..MaxLength];
    }
}
