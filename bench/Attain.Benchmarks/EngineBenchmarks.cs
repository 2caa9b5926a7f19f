using Attain.Core.Catalog;
using Attain.Core.Catalog.Requirements;
using Attain.Core.Evaluation;
using BenchmarkDotNet.Attributes;

namespace Attain.Benchmarks;

/// <summary>The engine's parts on a typical and a large partner: the context (TTM revenue and candidates), the slot matching and the exam plan.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private CompetencyCatalog _catalog = null!;
    private EvaluationContext _context = null!;
    private ExamSlots _goldExams = null!;

    [Params("typical", "large")]
    public string Partner { get; set; } = "typical";

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ShippedCatalog.Load();
        var factory = new PartnerFactory(_catalog, seed: 11);
        var partner = Partner == "large" ? factory.Large() : factory.Typical();
        _context = new EvaluationContext(_catalog, partner, PartnerFactory.AsOf);
        _goldExams = _catalog.Levels[^1].Requirements.OfType<ExamSlots>().Single();
    }

    [Benchmark]
    public EvaluationContext Context() => new(_catalog, _context.Facts, PartnerFactory.AsOf);

    [Benchmark]
    public TtmRevenue Revenue() => TtmRevenue.Of(_catalog, _context.Facts, PartnerFactory.AsOf);

    [Benchmark]
    public IReadOnlyList<SlotFill> Matching() => ExamSlotMatcher.Match(_goldExams.Slots, _context.Candidates);

    [Benchmark]
    public ExamPlanStep Plan() => ExamPlanner.Plan(_goldExams, _context);
}
