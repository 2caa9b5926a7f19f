using Microsoft.AspNetCore.Http.HttpResults;

namespace Attain.Web.Evaluation;

/// <summary>The API's errors, as RFC 9457 problem details.</summary>
public static class ApiProblem
{
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "A value in the request is not valid.");

    public static ProblemHttpResult BadRequest(IReadOnlyList<string> problems) =>
        TypedResults.Problem(
            string.Join(Environment.NewLine, problems),
            statusCode: StatusCodes.Status400BadRequest,
            title: "Values in the request are not valid.",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    /// <summary>409: a list reads the stored evaluation only; the detail says how to get the asked date.</summary>
    public static ProblemHttpResult NotEvaluated(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "The program has no stored evaluation for that date.");

    public static ProblemHttpResult PartnerNotFound(string id) =>
        TypedResults.Problem($"Partner '{id}' is not in the store.", statusCode: StatusCodes.Status404NotFound, title: "No such partner.");
}
