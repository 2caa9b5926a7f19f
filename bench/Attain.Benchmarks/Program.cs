using Attain.Benchmarks;
using BenchmarkDotNet.Running;

// `--verify` checks on a random population that Attain, LINQ and RulesEngine give the same verdicts and
// exits: CI runs it as a smoke test. Anything else goes to BenchmarkDotNet (e.g. --filter '*' --job short).
if (args is ["--verify", ..])
{
    var catalog = ShippedCatalog.Load();
    var factory = new PartnerFactory(catalog, seed: 2026);
    var population = Enumerable.Range(0, 2000).Select(_ => factory.Random()).Append(factory.Large()).ToList();
    var levels = population.GroupBy(facts => Attain.Core.Evaluation.CompetencyEvaluator.Evaluate(catalog, facts, PartnerFactory.AsOf).Level?.Value ?? "none")
        .OrderBy(group => group.Key, StringComparer.Ordinal)
        .Select(group => $"{group.Key} {group.Count()}");
    Console.WriteLine($"{VerdictCheck.AssertSameVerdicts(catalog, population)} partners: same verdicts from Attain, LINQ and RulesEngine ({string.Join(", ", levels)})");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(EvaluationBenchmarks).Assembly).Run(args);
return 0;
