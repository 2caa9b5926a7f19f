using System.Globalization;
using Attain.Core.Model;
using Attain.Data.Folder;

namespace Attain.Program.Impact;

/// <summary>
/// The impacted partners as CSV, one row each, language-neutral, for the command line and the page's download alike.
/// Every text cell (id, name, levels, requirement ids from the catalog) goes through <see cref="CsvCell.Text"/>
/// (quoting and formula neutralisation, issue #9). The header is written even when no partner changes: it says "nobody".
/// </summary>
public static class ImpactCsv
{
    public const string Header = "partner_id,name,market,from_level,to_level,reasons";

    public static void Write(IEnumerable<ImpactedPartner> partners, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(Header);
        foreach (var partner in partners)
        {
            output.WriteLine(string.Join(
                ',',
                CsvCell.Text(partner.PartnerId.Value),
                CsvCell.Text(partner.Name),
                partner.Market == Market.Developed ? "developed" : "developing",
                CsvCell.Text(partner.Transition.FromKey),
                CsvCell.Text(partner.Transition.ToKey),
                CsvCell.Text(string.Join("; ", partner.Reasons.Select(reason => string.Create(
                    CultureInfo.InvariantCulture,
                    $"{reason.Level}/{reason.RequirementId}: {Met(reason.WasMet)}->{Met(reason.IsMet)}"))))));
        }
    }

    private static string Met(bool met) => met ? "met" : "not met";
}
