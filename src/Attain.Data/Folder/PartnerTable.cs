using Attain.Core.Model;
using static Attain.Data.Folder.ProblemLog;

namespace Attain.Data.Folder;

/// <summary>What partners.csv holds: the partners read whole, and every partner id it lists (the ids other files may name).</summary>
internal sealed class PartnerTable
{
    /// <summary>Each partner id, with the line it is first listed on. A row with a bad name or country still lists its id.</summary>
    public SpanKeyedTable<int> Ids { get; } = new();

    public List<Partner> Partners { get; } = [];

    /// <summary>An import has written the partners: from here on only their ids are needed (what other files may name).</summary>
    public void ForgetRows()
    {
        Partners.Clear();
        Partners.TrimExcess();
    }

    /// <summary>The stored id when it is listed, or null; a file reader then reports the reference as unknown.</summary>
    public PartnerId? Find(ReadOnlySpan<char> id) => Ids.TryGetValue(id, out var stored, out _) ? new PartnerId(stored) : null;

    /// <summary>
    /// The partner named by the row. When partners.csv could not be read, any id is taken as given: its problem is
    /// already reported, and calling every partner unknown would only bury it.
    /// </summary>
    public static PartnerId? ResolveReference(CsvRow row, CsvColumn column, PartnerTable? partners)
    {
        if (!row.TryRequired(column, out var text))
        {
            return null;
        }

        if (partners is null)
        {
            return new PartnerId(text.ToString());
        }

        if (partners.Find(text) is { } known)
        {
            return known;
        }

        row.Report(column, Say(FolderMessages.PartnerUnknown, text.ToString()));
        return null;
    }
}
