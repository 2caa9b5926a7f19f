using Attain.Benchmarks.Baselines;
using Attain.Core.Catalog;
using Attain.Core.Evaluation;
using Attain.Core.Model;
using BenchmarkDotNet.Attributes;

namespace Attain.Benchmarks;

/// <summary>
/// One partner's verdict three ways, side by side in one run: Microsoft RulesEngine (the baseline), plain
/// LINQ, and Attain's engine — which also works out the slot assignment, the plan and the lapse date.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private CompetencyCatalog _catalog = null!;
    private VersionedCatalog _versioned = null!;
    private PartnerFacts _partner = null!;
    private LinqVerdict _linq = null!;
    private RulesEngineVerdict _rules = null!;

    [Params("typical", "large")]
    public string Partner { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ShippedCatalog.Load();
        _versioned = new VersionedCatalog([_catalog]);
        var factory = new PartnerFactory(_catalog, seed: 7);
        _partner = Partner == "large" ? factory.Large() : factory.Typical();
        _linq = new LinqVerdict(_catalog);
        _rules = new RulesEngineVerdict(_catalog);
        VerdictCheck.AssertSameVerdicts(_catalog, [_partner]);
    }

    [Benchmark(Baseline = true)]
    public Task<string> RulesEngine() => _rules.LevelAsync(_partner, PartnerFactory.AsOf);

    [Benchmark]
    public string Linq() => _linq.Level(_partner, PartnerFactory.AsOf);

    [Benchmark]
    public PartnerEvaluation Attain() => CompetencyEvaluator.Evaluate(_catalog, _partner, PartnerFactory.AsOf);

    /// <summary>As hosts call it, through the versioned catalog: a held level's lapse also gets its cause, level after, keep plan and projection (issue 11).</summary>
    [Benchmark]
    public PartnerEvaluation AttainWithOutlook() => CompetencyEvaluator.Evaluate(_versioned, _partner, PartnerFactory.AsOf);
}
