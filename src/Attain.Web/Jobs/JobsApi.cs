using Attain.Data.Store;
using Attain.Program.Jobs;
using Attain.Web.Access;
using Attain.Web.Setup.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attain.Web.Jobs;

/// <summary>/api/jobs/{id}: a job's state, progress, counts and problems; the operator's, like the work it tracks.</summary>
public static class JobsApi
{
    public static RouteGroupBuilder MapJobs(this RouteGroupBuilder group)
    {
        group.WithTags("Jobs").RequireAuthorization(AttainPolicies.Operator).ProducesProblems(401, 403, 404);
        group.MapGet("/{jobId}", Get).WithName("Job").WithSummary("A job: state (queued, running, succeeded, failed), partners evaluated of all, what the import wrote, problems.");
        return group;
    }

    private static async Task<Results<Ok<Job>, ProblemHttpResult>> Get(string jobId, AttainDbContext db, CancellationToken cancellationToken) =>
        long.TryParse(jobId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && await ProgramJobs.FindAsync(db, number, cancellationToken) is { } job
            ? TypedResults.Ok(job)
            : TypedResults.Problem($"There is no job '{jobId}'.", statusCode: StatusCodes.Status404NotFound, title: "No such job.");

    /// <summary>Where a job is polled.</summary>
    public static string Location(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/api/jobs/{job.Id}");
    }

    /// <summary>409: one job at a time; the answer names the active job so the caller can wait for it.</summary>
    public static ProblemHttpResult Busy(Job active)
    {
        ArgumentNullException.ThrowIfNull(active);
        return TypedResults.Problem(
            $"Job {active.Id} ({active.Kind.ToString().ToLowerInvariant()}, {active.State.ToString().ToLowerInvariant()}) is evaluating the program; one job runs at a time. Wait for it ({Location(active)}) and send this again.",
            statusCode: StatusCodes.Status409Conflict,
            title: "Another job is running.",
            extensions: new Dictionary<string, object?> { ["job"] = Location(active) });
    }
}
