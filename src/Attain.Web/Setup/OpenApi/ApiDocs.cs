using Microsoft.AspNetCore.Mvc;

namespace Attain.Web.Setup.OpenApi;

/// <summary>
/// The OpenAPI document as a reference (issue 11): an introduction, every error response an operation can give, a
/// description of every parameter and field, and real example values. Conventions for whoever adds an endpoint:
/// <list type="bullet">
/// <item>declare its problem answers with <see cref="ProducesProblems{TBuilder}"/>: 401 and 403 on every group that
/// requires sign-in, 404 wherever the path names something that may not exist, 400 wherever a parameter or body can be
/// wrong, and 409/413/429/503 where the handler answers them; <see cref="ProblemTexts"/> describes each status;</item>
/// <item>describe a new query or path parameter in <see cref="ParameterTexts"/> and a new JSON field in
/// <see cref="FieldTexts"/> (by its JSON name; "Type.field" when one name means two things);</item>
/// <item>the tests in OpenApiDocumentTests fail until all of that is done.</item>
/// </list>
/// </summary>
public static class ApiDocs
{
    public const string ProblemContentType = "application/problem+json";

    public static IServiceCollection AddAttainOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<ApiIntroduction>();
            options.AddDocumentTransformer<BearerSecurityTransformer>();
            options.AddOperationTransformer<OperationDocumentation>();
            options.AddSchemaTransformer<FieldDocumentation>();
            options.AddDocumentTransformer<FieldDocumentation>();
        });

    /// <summary>Declares the RFC 9457 problems an endpoint (or every endpoint of a group) answers, by status code.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(statusCodes);
        foreach (var status in statusCodes)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), [ProblemContentType]));
        }

        return builder;
    }
}
