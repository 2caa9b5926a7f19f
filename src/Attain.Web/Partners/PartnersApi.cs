using Attain.Core.Explanation;
using Attain.Data.Store;
using Attain.Data.Store.History;
using Attain.Web.Access;
using Attain.Web.Evaluation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attain.Web.Partners;

/// <summary>
/// /api/partners: the list is the operator's; everything under /api/partners/{id} is open to the operator and to
/// that partner only (<see cref="AttainPolicies.OwnPartner"/>), declared once on the group.
/// </summary>
public static class PartnersApi
{
    public static RouteGroupBuilder MapPartners(this RouteGroupBuilder group)
    {
        group.WithTags("Partners");
        group.MapGet("/", List).RequireAuthorization(AttainPolicies.Operator)
            .WithSummary("Every partner with its level and figures, paged; filter by level, market, at-risk or a search.");

        var one = group.MapGroup("/{id}").RequireAuthorization(AttainPolicies.OwnPartner);
        one.MapGet("/", Get).WithSummary("One partner and where it stands today.");
        one.MapGet("/evaluation", Evaluate).WithSummary("The full evaluation: checklist, slots, plan, lapse; asOf YYYY-MM-DD, lang en|ja.");
        one.MapPost("/what-if", WhatIfEvaluate).WithSummary("The evaluation with hypothetical exam passes, individuals or revenue added; nothing is stored.");
        one.MapGet("/history", History).WithSummary("The partner's stored snapshots and what changed between them.");
        return group;
    }

    private static async Task<Results<Ok<PartnerPage>, ProblemHttpResult>> List(
        ProgramEvaluator evaluator, string? level, string? market, string? atRisk, string? search, string? asOf, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        if (!PartnerFilter.TryParse([.. evaluator.Catalog.Latest.Levels.Select(known => known.Id.Value)], level, market, atRisk, search, out var filter, out var error)
            || !QueryValue.TryAsOf(asOf, evaluator.Today, out var day, out error)
            || !QueryValue.TryInt(page, "page", 1, 1, int.MaxValue, out var pageNumber, out error)
            || !QueryValue.TryInt(pageSize, "pageSize", 50, 1, 500, out var size, out error))
        {
            return ApiProblem.BadRequest(error!);
        }

        var matching = new List<PartnerSummary>();
        await foreach (var evaluation in evaluator.EvaluateAllAsync(day, cancellationToken))
        {
            var summary = PartnerSummary.Of(evaluation);
            if (filter.Matches(summary))
            {
                matching.Add(summary);
            }
        }

        var items = matching.Skip((int)Math.Min((long)(pageNumber - 1) * size, int.MaxValue)).Take(size).ToList();
        return TypedResults.Ok(new PartnerPage(items, pageNumber, size, matching.Count, day));
    }

    private static async Task<Results<Ok<PartnerSummary>, ProblemHttpResult>> Get(string id, ProgramEvaluator evaluator, CancellationToken cancellationToken) =>
        await evaluator.FactsAsync(id, cancellationToken) is { } facts
            ? TypedResults.Ok(PartnerSummary.Of(evaluator.Evaluate(facts, evaluator.Today)))
            : ApiProblem.PartnerNotFound(id);

    private static async Task<Results<Ok<PartnerEvaluationResponse>, ProblemHttpResult>> Evaluate(
        string id, string? asOf, string? lang, ProgramEvaluator evaluator, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryAsOf(asOf, evaluator.Today, out var day, out var error) || !QueryValue.TryCulture(lang, out var culture, out error))
        {
            return ApiProblem.BadRequest(error!);
        }

        if (await evaluator.FactsAsync(id, cancellationToken) is not { } facts)
        {
            return ApiProblem.PartnerNotFound(id);
        }

        var evaluation = evaluator.Evaluate(facts, day);
        var explanation = new EvaluationExplainer(evaluator.Catalog, culture).Explain(evaluation);
        return TypedResults.Ok(new PartnerEvaluationResponse(evaluation, explanation, culture.TwoLetterISOLanguageName));
    }

    private static async Task<Results<Ok<PartnerEvaluationResponse>, ProblemHttpResult>> WhatIfEvaluate(
        string id, WhatIfRequest request, string? lang, ProgramEvaluator evaluator, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryAsOf(request.AsOf, evaluator.Today, out var day, out var error) || !QueryValue.TryCulture(lang, out var culture, out error))
        {
            return ApiProblem.BadRequest(error!);
        }

        if (await evaluator.FactsAsync(id, cancellationToken) is not { } facts)
        {
            return ApiProblem.PartnerNotFound(id);
        }

        var hypothetical = WhatIf.Apply(evaluator.Catalog, facts, request, day);
        if (!hypothetical.IsValid)
        {
            return ApiProblem.BadRequest([.. hypothetical.Problems.Select(problem => problem.ToString())]);
        }

        var evaluation = evaluator.Evaluate(hypothetical.Value!, day);
        return TypedResults.Ok(new PartnerEvaluationResponse(evaluation, new EvaluationExplainer(evaluator.Catalog, culture).Explain(evaluation), culture.TwoLetterISOLanguageName));
    }

    private static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, ProblemHttpResult>> History(string id, AttainDbContext db, CancellationToken cancellationToken) =>
        await PartnerHistory.LoadAsync(db, id, cancellationToken) is { } history ? TypedResults.Ok(history) : ApiProblem.PartnerNotFound(id);
}
