using System.Globalization;
using Attain.Core.Catalog;
using Attain.Core.Model;
using RulesEngine.Models;

namespace Attain.Benchmarks.Baselines;

/// <summary>
/// The same Silver/Gold rules written for Microsoft RulesEngine: one lambda-expression rule per level over
/// the LINQ-computed inputs, the figures taken from the catalog. This is the tool a builder might reach for.
/// </summary>
public sealed class RulesEngineVerdict
{
    private const string Workflow = "CloudCrm";
    private readonly CompetencyCatalog _catalog;
    private readonly RulesEngine.RulesEngine _engine;
    private readonly IReadOnlyList<string> _levels;

    public RulesEngineVerdict(CompetencyCatalog catalog)
    {
        _catalog = catalog;
        var rules = LevelRule.From(catalog);
        _levels = rules.Select(rule => rule.Level).ToList();
        var workflow = new Workflow
        {
            WorkflowName = Workflow,
            Rules = rules.Select(rule => new Rule
            {
                RuleName = rule.Level,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Expression = string.Create(
                    CultureInfo.InvariantCulture,
                    $"p.TtmRevenue >= (p.Developed ? {rule.Developed}m : {rule.Developing}m) && p.AppDeployment >= {rule.AppDeploymentSeats} && p.Customization >= {rule.CustomizationSeats} && p.Either >= {rule.AppDeploymentSeats + rule.CustomizationSeats}"),
            }).ToList(),
        };
        _engine = new RulesEngine.RulesEngine([workflow], new ReSettings());
    }

    public async Task<string> LevelAsync(PartnerFacts facts, DateOnly asOf)
    {
        var inputs = VerdictInputs.Of(_catalog, facts, asOf);
        var results = await _engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("p", inputs));
        var met = results.Where(result => result.IsSuccess).Select(result => result.Rule.RuleName).ToHashSet();
        return _levels.LastOrDefault(met.Contains) ?? "none";
    }
}
