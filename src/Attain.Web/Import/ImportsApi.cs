using Attain.Web.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Attain.Web.Import;

/// <summary>
/// /api/imports: the operator uploads a zipped data folder as the body. No content-type constraint on the route:
/// that would answer 415 before authorization has said 401 or 403.
/// </summary>
public static class ImportsApi
{
    public static RouteGroupBuilder MapImports(this RouteGroupBuilder group, long limitBytes)
    {
        group.WithTags("Imports").RequireAuthorization(AttainPolicies.Operator);
        group.MapPost("/", Import)
            .WithMetadata(new RequestSizeLimitAttribute(limitBytes))
            .WithSummary("Import a zipped data folder: validated as a whole, all or nothing; problems listed as file:line: column: message.");
        return group;
    }

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> Import(HttpRequest request, DropImporter importer, CancellationToken cancellationToken)
    {
        if (request.ContentLength == 0)
        {
            return TypedResults.Problem("Send the zipped data folder as the request body (Content-Type: application/zip).", statusCode: StatusCodes.Status400BadRequest, title: "The request has no body.");
        }

        Core.Validated<ImportResult> result;
        try
        {
            result = await importer.ImportAsync(request.Body, cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel stops reading past the size limit: 413, said as a problem like every other error.
            return TypedResults.Problem(exception.Message, statusCode: exception.StatusCode, title: "The upload was refused.");
        }

        if (result.IsValid)
        {
            return TypedResults.Ok(result.Value!);
        }

        var problems = result.Problems.Select(problem => problem.ToString()).ToList();
        return TypedResults.Problem(
            string.Join(Environment.NewLine, problems),
            statusCode: StatusCodes.Status400BadRequest,
            title: "The data folder was rejected; nothing was imported.",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
    }
}
