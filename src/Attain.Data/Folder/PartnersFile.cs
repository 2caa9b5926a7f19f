using Attain.Core.Model;
using static Attain.Data.Folder.ProblemLog;

namespace Attain.Data.Folder;

/// <summary>Reads partners.csv: <c>partner_id</c>, <c>name</c>, <c>country</c> (SPEC §3).</summary>
internal static class PartnersFile
{
    public const string Name = "partners.csv";

    private const string PartnerIdColumn = "partner_id";
    private const string NameColumn = "name";
    private const string CountryColumn = "country";
    private static readonly string[] Columns = [PartnerIdColumn, NameColumn, CountryColumn];

    /// <summary>The partners, or null when the file cannot be read at all (then references to partners are not checked).</summary>
    public static PartnerTable? Read(string folder, CatalogCodes catalog, ProblemLog problems)
    {
        using var file = CsvFile.Open(folder, Name, Columns, problems);
        if (file is null)
        {
            return null;
        }

        var idColumn = file.Column(PartnerIdColumn);
        var nameColumn = file.Column(NameColumn);
        var countryColumn = file.Column(CountryColumn);
        var table = new PartnerTable();
        while (file.TryReadRow(out var row))
        {
            var hasId = row.TryRequired(idColumn, out var id);
            row.TryText(nameColumn, out var name);
            var hasCountry = TryCountry(row, countryColumn, catalog, out var country);
            if (!hasId)
            {
                continue;
            }

            if (table.Ids.TryGetValue(id, out int firstLine))
            {
                row.Report(idColumn, Say(FolderMessages.PartnerRepeated, id.ToString(), firstLine));
                continue;
            }

            var storedId = table.Ids.Add(id, row.Line);
            if (name is not null && hasCountry)
            {
                table.Partners.Add(new Partner(new PartnerId(storedId), name, country));
            }
        }

        return table;
    }

    /// <summary>SPEC §2: a country is an ISO 3166-1 alpha-2 code that the market table maps to a market.</summary>
    private static bool TryCountry(CsvRow row, CsvColumn column, CatalogCodes catalog, out CountryCode country)
    {
        country = default;
        if (!row.TryRequired(column, out var text))
        {
            return false;
        }

        if (catalog.Countries.TryGetValue(text, out country))
        {
            return true;
        }

        var written = text.ToString();
        var template = CountryCode.IsWellFormed(written) ? FolderMessages.CountryUnknown : FolderMessages.CountryMalformed;
        row.Report(column, Say(template, written));
        return false;
    }
}
