using Attain.Core.Evaluation;
using Attain.Core.Model;
using Attain.Program;
using Attain.Program.Evaluation;
using Attain.Program.History;
using Attain.Program.Partners;
using Attain.Web.Access;
using Attain.Web.Evaluation;
using Attain.Web.Setup.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attain.Web.Partners;

/// <summary>
/// /api/partners: the list is the operator's and reads the stored evaluation (never evaluates); everything under
/// /api/partners/{id} is open to the operator and to that partner only (<see cref="AttainPolicies.OwnPartner"/>),
/// declared once on the group, and evaluates that one partner live.
/// </summary>
public static class PartnersApi
{
    public static RouteGroupBuilder MapPartners(this RouteGroupBuilder group)
    {
        group.WithTags("Partners").ProducesProblems(401, 403);
        group.MapGet("/", List).RequireAuthorization(AttainPolicies.Operator).ProducesProblems(400, 409)
            .WithSummary("Every partner with its level and figures from the stored evaluation, paged; filter by level, market, at-risk or a search; sort by any column (-column: descending).");

        var one = group.MapGroup("/{id}").RequireAuthorization(AttainPolicies.OwnPartner).ProducesProblems(404);
        one.MapGet("/", Get).WithSummary("One partner and where it stands today.");
        one.MapGet("/evaluation", Evaluate).ProducesProblems(400).WithSummary("The full evaluation: checklist, slots, plan, lapse; asOf YYYY-MM-DD, lang en|ja.");
        one.MapPost("/what-if", WhatIfEvaluate).ProducesProblems(400).WithSummary("The evaluation with hypothetical exam passes, individuals or revenue added; nothing is stored.");
        one.MapGet("/history", History).WithSummary("The partner's stored snapshots and what changed between them.");
        return group;
    }

    private static async Task<Results<Ok<PartnerPage>, ProblemHttpResult>> List(
        AttainProgram program, string? level, string? market, string? atRisk, string? search, string? sort, string? asOf, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        if (!PartnerQueryValues.TryParse([.. program.Catalog.Latest.Levels.Select(known => known.Id.Value)], level, market, atRisk, search, sort, page, pageSize, out var query, out var error)
            || !QueryValue.TryDate(asOf, "asOf", out var day, out error))
        {
            return ApiProblem.BadRequest(error!);
        }

        var stored = await StoredEvaluation.LatestAsync(program.Db, cancellationToken);
        if (StoredEvaluation.Gap(stored, day) is { } gap)
        {
            return ApiProblem.NotEvaluated(gap);
        }

        return TypedResults.Ok(await PartnerList.PageAsync(program.Db, stored!, query, cancellationToken));
    }

    private static async Task<Results<Ok<PartnerStanding>, ProblemHttpResult>> Get(string id, AttainProgram program, CancellationToken cancellationToken) =>
        await PartnerView.LoadAsync(program, new PartnerId(id), program.Today, QueryValue.English, cancellationToken) is { } view
            ? TypedResults.Ok(view.Standing)
            : ApiProblem.PartnerNotFound(id);

    private static async Task<Results<Ok<PartnerEvaluationResponse>, ProblemHttpResult>> Evaluate(
        string id, string? asOf, string? lang, AttainProgram program, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryAsOf(asOf, program.Today, out var day, out var error) || !QueryValue.TryCulture(lang, out var culture, out error))
        {
            return ApiProblem.BadRequest(error!);
        }

        return await PartnerView.LoadAsync(program, new PartnerId(id), day, culture, cancellationToken) is { } view
            ? TypedResults.Ok(new PartnerEvaluationResponse(view.Evaluation, view.Explanation, culture.TwoLetterISOLanguageName))
            : ApiProblem.PartnerNotFound(id);
    }

    private static async Task<Results<Ok<PartnerEvaluationResponse>, ProblemHttpResult>> WhatIfEvaluate(
        string id, WhatIfRequest request, string? lang, AttainProgram program, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryAsOf(request.AsOf, program.Today, out var day, out var error) || !QueryValue.TryCulture(lang, out var culture, out error))
        {
            return ApiProblem.BadRequest(error!);
        }

        if (await PartnerView.FactsAsync(program, new PartnerId(id), cancellationToken) is not { } facts)
        {
            return ApiProblem.PartnerNotFound(id);
        }

        var hypothetical = WhatIf.Apply(program.Catalog, facts, request, day);
        if (!hypothetical.IsValid)
        {
            return ApiProblem.BadRequest([.. hypothetical.Problems.Select(problem => problem.ToString())]);
        }

        var view = PartnerView.Of(program, hypothetical.Value!, day, culture);
        return TypedResults.Ok(new PartnerEvaluationResponse(view.Evaluation, view.Explanation, culture.TwoLetterISOLanguageName));
    }

    private static async Task<Results<Ok<IReadOnlyList<HistoryEntry>>, ProblemHttpResult>> History(string id, AttainProgram program, CancellationToken cancellationToken) =>
        await PartnerHistory.LoadAsync(program.Db, id, cancellationToken) is { } history ? TypedResults.Ok(history) : ApiProblem.PartnerNotFound(id);
}
