using System.Text.Json.Nodes;
using Attain.Core.Catalog;

namespace Attain.Core.Tests.Support;

/// <summary>The shipped catalog with one thing broken, read back: what an operator's edit could do.</summary>
public static class BrokenCatalog
{
    public static Validated<VersionedCatalog> With(Action<JsonObject> breakIt)
    {
        var document = JsonNode.Parse(ShippedCatalog.Json)!.AsObject();
        breakIt(document);
        return CatalogReader.Read(document.ToJsonString(), ShippedCatalog.Source);
    }

    public static JsonObject At(this JsonObject document, string path)
    {
        JsonNode node = document;
        foreach (var part in path.Split('.'))
        {
            node = part.EndsWith(']')
                ? node[part[..part.IndexOf('[', StringComparison.Ordinal)]]![int.Parse(part[(part.IndexOf('[', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!
                : node[part]!;
        }

        return node.AsObject();
    }
}
