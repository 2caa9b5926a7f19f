using Attain.Core.Model;
using static Attain.Data.Folder.ProblemLog;

namespace Attain.Data.Folder;

/// <summary>
/// Reads individuals.csv: <c>individual_id</c>, <c>partner_id</c>, <c>name</c>, <c>associated_from</c> and
/// <c>associated_to</c>, both optional dates (SPEC §3).
/// </summary>
internal static class IndividualsFile
{
    public const string Name = "individuals.csv";

    private const string IndividualIdColumn = "individual_id";
    private const string PartnerIdColumn = "partner_id";
    private const string NameColumn = "name";
    private const string FromColumn = "associated_from";
    private const string ToColumn = "associated_to";
    private static readonly string[] Columns = [IndividualIdColumn, PartnerIdColumn, NameColumn, FromColumn, ToColumn];

    /// <summary>
    /// Every individual listed, by id, or null when the file cannot be read at all. Partner references are
    /// checked against <paramref name="partners"/> when partners.csv could be read. With <paramref name="rows"/> (an
    /// import) each individual goes there while no problem has been found, and its details are not kept.
    /// </summary>
    public static SpanKeyedTable<IndividualEntry>? Read(string folder, PartnerTable? partners, ProblemLog problems, IFolderRows? rows = null)
    {
        using var file = CsvFile.Open(folder, Name, Columns, problems);
        if (file is null)
        {
            return null;
        }

        var idColumn = file.Column(IndividualIdColumn);
        var partnerColumn = file.Column(PartnerIdColumn);
        var nameColumn = file.Column(NameColumn);
        var fromColumn = file.Column(FromColumn);
        var toColumn = file.Column(ToColumn);
        var individuals = new SpanKeyedTable<IndividualEntry>();
        while (file.TryReadRow(out var row))
        {
            var hasId = row.TryRequired(idColumn, out var id);
            var partner = PartnerTable.ResolveReference(row, partnerColumn, partners);
            row.TryText(nameColumn, out var name);
            var hasFrom = row.TryOptionalDate(fromColumn, out var from);
            var hasTo = row.TryOptionalDate(toColumn, out var to);
            var association = default(DateInterval);
            var hasAssociation = hasFrom && hasTo && row.TryInterval(fromColumn, from, toColumn, to, out association);
            if (!hasId)
            {
                continue;
            }

            if (individuals.TryGetValue(id, out var first))
            {
                row.Report(idColumn, Say(FolderMessages.IndividualRepeated, id.ToString(), first.Line));
                continue;
            }

            var entry = new IndividualEntry(new IndividualId(id.ToString()), row.Line);
            individuals.Add(entry.Id.Value, entry);
            if (partner is not { } partnerId || name is null || !hasAssociation)
            {
                continue;
            }

            var details = new IndividualDetails(partnerId, name, association);
            if (rows is null)
            {
                entry.Details = details;
            }
            else if (problems.Count == 0)
            {
                rows.Individual(entry.Id, details);
            }
        }

        return individuals;
    }
}
