using Attain.Program.Jobs;
using Attain.Web.Access;
using Attain.Web.Jobs;
using Attain.Web.Setup.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Attain.Web.Import;

/// <summary>
/// /api/imports: the operator uploads a zipped data folder as the body. No content-type constraint on the route:
/// that would answer 415 before authorization has said 401 or 403.
/// </summary>
public static class ImportsApi
{
    public static RouteGroupBuilder MapImports(this RouteGroupBuilder group, long limitBytes)
    {
        group.WithTags("Imports").RequireAuthorization(AttainPolicies.Operator).ProducesProblems(401, 403);
        group.MapPost("/", Import)
            .WithMetadata(new RequestSizeLimitAttribute(limitBytes))
            .ProducesProblems(400, 409, 413, 429, 503)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // The body is read as it comes (no Accepts metadata: that would answer 415 before 401 or 403).
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "The data folder's five CSV files (SPEC §3: partners.csv, individuals.csv, exam_passes.csv, dpor.csv, revenue.csv) in one zip, at its top or inside one folder.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/zip"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                    },
                };
                return Task.CompletedTask;
            })
            .WithSummary("Import a zipped data folder: validated as a whole, all or nothing (problems listed as file:line: column: message); 202 with the job that evaluates the program, 409 while another job runs.");
        // {listId}, not {id}: an {id} in Attain's routes is a partner's, which the access rules check.
        group.MapGet("/problems/{listId}", ProblemList)
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblems(404)
            .WithSummary("Every problem of a rejected import, one per line (the 400 answer groups them past 1,000); kept for an hour.");
        return group;
    }

    private static async Task<Results<Accepted<Job>, ProblemHttpResult>> Import(
        HttpRequest request, DropImporter importer, ImportGate gate, IOptions<AttainWebOptions> options, string? name, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0)
        {
            return TypedResults.Problem("Send the zipped data folder as the request body (Content-Type: application/zip).", statusCode: StatusCodes.Status400BadRequest, title: "The request has no body.");
        }

        var limit = options.Value.ImportLimitBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        // The gate is taken before the body is read: uploads waiting their turn hold no memory.
        if (!await gate.TryEnterAsync(cancellationToken))
        {
            request.HttpContext.Response.Headers.RetryAfter = ImportGate.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(
                "Another import is running; only one runs at a time. Retry after it ends.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "An import is already running.");
        }

        try
        {
            return await ImportBodyAsync(request, importer, limit, name ?? "upload", cancellationToken);
        }
        finally
        {
            gate.Exit();
        }
    }

    private static async Task<Results<Accepted<Job>, ProblemHttpResult>> ImportBodyAsync(
        HttpRequest request, DropImporter importer, long limit, string name, CancellationToken cancellationToken)
    {
        // The limit is counted here as well as by the server's request size limit: every server (Kestrel, a
        // proxy's, the test server) then refuses an oversized upload the same way, before it is held whole.
        using var body = new MemoryStream();
        try
        {
            if (!await CopyWithinAsync(request.Body, body, limit, cancellationToken))
            {
                return TooLarge(limit);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(limit);
        }
        catch (BadHttpRequestException exception)
        {
            return TypedResults.Problem(exception.Message, statusCode: exception.StatusCode, title: "The upload was refused.");
        }

        body.Position = 0;
        var result = await importer.ImportAsync(body, name, cancellationToken);
        if (result.IsValid)
        {
            // Written; the program is evaluated in the background: 202 and the job to poll.
            return result.Value! switch
            {
                { Job: { } job } => TypedResults.Accepted(JobsApi.Location(job), job),
                { Busy: { } busy } => JobsApi.Busy(busy),
                _ => throw new InvalidOperationException("An admitted import has a job or a busy one."),
            };
        }

        var problems = result.Problems.Select(problem => problem.ToString()).ToList();
        var extensions = new Dictionary<string, object?> { ["problems"] = problems };
        if (importer.ProblemListId is { } id)
        {
            extensions["allProblems"] = ProblemListPath(id);
        }

        return TypedResults.Problem(
            string.Join(Environment.NewLine, problems),
            statusCode: StatusCodes.Status400BadRequest,
            title: "The data folder was rejected; nothing was imported.",
            extensions: extensions);
    }

    /// <summary>Where the full problem list of a rejected import is: one per line, plain text.</summary>
    public static string ProblemListPath(string id) => $"/api/imports/problems/{id}";

    private static Results<FileStreamHttpResult, NotFound> ProblemList(string listId) =>
        ProblemLists.TryOpen(listId) is { } list
            ? TypedResults.File(list, "text/plain; charset=utf-8", "problems.txt")
            : TypedResults.NotFound();

    private static async Task<bool> CopyWithinAsync(Stream source, Stream destination, long limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return false;
            }

            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        return true;
    }

    internal static ProblemHttpResult TooLarge(long limit) =>
        TypedResults.Problem(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"An import may be at most {limit} bytes (Attain:ImportLimitBytes)."),
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The upload is too large.");
}
