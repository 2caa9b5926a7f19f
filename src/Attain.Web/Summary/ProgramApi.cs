using Attain.Program;
using Attain.Program.Evaluation;
using Attain.Program.Jobs;
using Attain.Program.Summary;
using Attain.Web.Access;
using Attain.Web.Evaluation;
using Attain.Web.Jobs;
using Attain.Web.Setup.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attain.Web.Summary;

/// <summary>/api/program: the operator's view of the whole program, from the stored evaluation, and evaluating it again (a job).</summary>
public static class ProgramApi
{
    public static RouteGroupBuilder MapProgram(this RouteGroupBuilder group)
    {
        group.WithTags("Program").RequireAuthorization(AttainPolicies.Operator).ProducesProblems(400, 401, 403, 409);
        group.MapGet("/summary", Summary).WithSummary("Partners per level and market, how many are at risk and the soonest lapses (next 90 days), from the stored evaluation; asOf YYYY-MM-DD must be its date.");
        group.MapPost("/evaluations", Evaluate).WithSummary("Evaluate the program again as of asOf (default today) in the background: 202 with the job; 409 while another job runs.");
        return group;
    }

    private static async Task<Results<Ok<ProgramSummary>, ProblemHttpResult>> Summary(string? asOf, AttainProgram program, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryDate(asOf, "asOf", out var day, out var error))
        {
            return ApiProblem.BadRequest(error!);
        }

        var stored = await StoredEvaluation.LatestAsync(program.Db, cancellationToken);
        if (StoredEvaluation.Gap(stored, day) is { } gap)
        {
            return ApiProblem.NotEvaluated(gap);
        }

        return TypedResults.Ok(await ProgramSummary.LoadAsync(program, stored!, cancellationToken));
    }

    private static async Task<Results<Accepted<Job>, ProblemHttpResult>> Evaluate(string? asOf, AttainProgram program, JobGate jobs, CancellationToken cancellationToken)
    {
        if (!QueryValue.TryAsOf(asOf, program.Today, out var day, out var error))
        {
            return ApiProblem.BadRequest(error!);
        }

        var admission = await jobs.AdmitAsync(program.Db, JobKind.Evaluation, day, program.Clock, work: null, cancellationToken);
        return admission.Job is { } job ? TypedResults.Accepted(JobsApi.Location(job), job) : JobsApi.Busy(admission.Busy!);
    }
}
