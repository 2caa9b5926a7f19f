using System.Globalization;
using Attain.Core.Catalog;
using Attain.DataGen;

// attain-datagen --partners N [--seed S] [--as-of YYYY-MM-DD] --out FOLDER
var options = args.Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
if (!options.TryGetValue("--out", out var folder) || !options.TryGetValue("--partners", out var partnersText)
    || !int.TryParse(partnersText, NumberStyles.None, CultureInfo.InvariantCulture, out var partners) || partners < 1)
{
    Console.Error.WriteLine("usage: attain-datagen --partners N [--seed S] [--as-of YYYY-MM-DD] --out FOLDER");
    return 2;
}

var seed = options.TryGetValue("--seed", out var seedText) ? ulong.Parse(seedText, CultureInfo.InvariantCulture) : 20261125UL;
var asOf = options.TryGetValue("--as-of", out var asOfText)
    ? DateOnly.ParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture)
    : new DateOnly(2026, 11, 25);

var catalog = CatalogReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog", "cloud-crm.json")), "cloud-crm.json");
if (!catalog.IsValid)
{
    catalog.Problems.ToList().ForEach(Console.Error.WriteLine);
    return 2;
}

var counts = new ProgramGenerator(catalog.Value!.InForceOn(asOf), new GeneratorSettings(partners, seed, asOf, folder)).Write();
Console.WriteLine($"{folder}: {counts}");
return 0;
