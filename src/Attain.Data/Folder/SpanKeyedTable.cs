using System.Diagnostics.CodeAnalysis;

namespace Attain.Data.Folder;

/// <summary>
/// A table keyed by text (ordinal) that is looked up straight from a field's characters. A data folder repeats
/// the same ids and codes millions of times; looking them up from the span allocates nothing, and the one
/// stored string per distinct key is shared by every row that names it.
/// </summary>
internal sealed class SpanKeyedTable<TValue>
{
    private readonly Dictionary<string, TValue> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SpanKeyedTable() => _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _entries.Count;

    /// <summary>The keys in the order they were added (nothing is ever removed).</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    public IEnumerable<TValue> Values => _entries.Values;

    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value) => _bySpan.TryGetValue(key, out value);

    /// <summary>Finds a key, handing back the stored string so the caller need not allocate its own.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out string storedKey, [MaybeNullWhen(false)] out TValue value) =>
        _bySpan.TryGetValue(key, out storedKey, out value);

    /// <summary>Adds a key that is not in the table yet and returns the string now stored for it.</summary>
    public string Add(ReadOnlySpan<char> key, TValue value)
    {
        var stored = key.ToString();
        _entries.Add(stored, value);
        return stored;
    }

    public void Add(string key, TValue value) => _entries.Add(key, value);
}
