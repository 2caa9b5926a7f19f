using System.Globalization;

namespace Attain.Core.Catalog;

/// <summary>
/// The problems of one catalog file, each with the JSON path it is at. A section carried over by later versions is
/// read once per version, so the same problem at the same path is kept once.
/// </summary>
internal sealed class CatalogProblems(string source)
{
    private readonly HashSet<(string Path, string Message)> _seen = [];

    public List<Problem> All { get; } = [];

    public void Add(string path, string message)
    {
        if (_seen.Add((path, message)))
        {
            All.Add(new Problem(source, null, path, message));
        }
    }

    public string Required(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, "is missing");
            return string.Empty;
        }

        return value;
    }

    public LocalizedText Text(TextDocument? text, string path) =>
        new(Required(text?.En, $"{path}.en"), Required(text?.Ja, $"{path}.ja"));

    public List<T> Missing<T>(string path)
    {
        Add(path, "is missing");
        return [];
    }

    /// <summary>An optional date: null when absent, a problem when not YYYY-MM-DD.</summary>
    public DateOnly? Date(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(path, $"'{text}' is not a date (YYYY-MM-DD)");
        return null;
    }
}
