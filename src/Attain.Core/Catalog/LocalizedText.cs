using System.Globalization;

namespace Attain.Core.Catalog;

/// <summary>A text for people in the two languages Attain speaks, as the source document does.</summary>
public sealed record LocalizedText(string En, string Ja)
{
    public string In(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "ja" ? Ja : En;

    public override string ToString() => En;
}
