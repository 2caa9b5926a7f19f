using Attain.Core;
using Attain.Core.Catalog;
using Attain.Core.Model;
using Attain.Data.Folder;
using Attain.DataGen;
using BenchmarkDotNet.Attributes;

namespace Attain.Benchmarks;

/// <summary>
/// CSV parsing and validation: the data folder reader (Sep) over a generated program of 2,000 partners
/// (about 36,000 revenue rows), with every SPEC §3 check. Rows per second = rows ÷ the mean time.
/// </summary>
[MemoryDiagnoser]
public class FolderBenchmarks
{
    private CompetencyCatalog _catalog = null!;
    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ShippedCatalog.Load();
        _folder = Path.Combine(Path.GetTempPath(), $"attain-bench-{Environment.ProcessId}");
        var counts = new ProgramGenerator(_catalog, new GeneratorSettings(2000, 2026, PartnerFactory.AsOf, _folder)).Write();
        Console.WriteLine($"// folder: {counts}");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public Validated<ProgramFacts> ReadFolder() => DataFolderReader.Read(_folder, new VersionedCatalog([_catalog]));
}
