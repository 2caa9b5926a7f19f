using Attain.Web.Access;
using Attain.Web.Evaluation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attain.Web.Summary;

/// <summary>/api/program: the operator's view of the whole program.</summary>
public static class ProgramApi
{
    public static RouteGroupBuilder MapProgram(this RouteGroupBuilder group)
    {
        group.WithTags("Program").RequireAuthorization(AttainPolicies.Operator);
        group.MapGet("/summary", Summary).WithSummary("Partners per level and market, the at-risk list and the lapses of the next 90 days; asOf YYYY-MM-DD.");
        return group;
    }

    private static async Task<Results<Ok<ProgramSummary>, ProblemHttpResult>> Summary(string? asOf, ProgramEvaluator evaluator, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryAsOf(asOf, evaluator.Today, out var day, out var error))
        {
            return ApiProblem.BadRequest(error!);
        }

        var (summary, _) = await ProgramSummary.BuildAsync(evaluator, day, cancellationToken);
        return TypedResults.Ok(summary);
    }
}
