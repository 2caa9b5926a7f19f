using System.Text;
using System.Text.Json.Nodes;

namespace Attain.Web.Tests.Impact;

/// <summary>
/// Proposed catalogs whose consequences on the sample store as of 2026-11-25 are known from the sample's README: the
/// developed Silver threshold raised to 150,000 drops P-1006 and P-1014 to none; the developed Gold threshold raised to
/// 330,000 drops P-1013 to Silver.
/// </summary>
internal static class Proposals
{
    public static JsonNode Shipped() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json")))!;

    public static byte[] RaisedThresholds()
    {
        var document = Shipped();
        var levels = document["versions"]![0]!["levels"]!;
        levels[0]!["requirements"]![0]!["thresholdsUsd"]!["developed"] = 150_000;
        levels[1]!["requirements"]![0]!["thresholdsUsd"]!["developed"] = 330_000;
        return Bytes(document);
    }

    public static byte[] Bytes(JsonNode document) => Encoding.UTF8.GetBytes(document.ToJsonString());
}
