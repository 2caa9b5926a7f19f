using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Attain.Web.Setup.OpenApi;

/// <summary>
/// Words every operation's parameters (<see cref="ParameterTexts"/>) and problem answers (<see cref="ProblemTexts"/>),
/// each problem with an example document as the API writes it.
/// </summary>
public sealed class OperationDocumentation : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.Name is { } name && ParameterTexts.ByName.TryGetValue(name, out var text))
            {
                parameter.Description = text.Description;
                parameter.Example = JsonValue.Create(text.Example);
            }
        }

        foreach (var (code, response) in operation.Responses ?? [])
        {
            if (int.TryParse(code, System.Globalization.CultureInfo.InvariantCulture, out var status)
                && ProblemTexts.ByStatus.TryGetValue(status, out var problem)
                && response is OpenApiResponse described)
            {
                described.Description = problem.Description;
                if (described.Content?.TryGetValue(ApiDocs.ProblemContentType, out var media) == true && media is OpenApiMediaType content)
                {
                    content.Example = ProblemTexts.Example(status);
                }
            }
        }

        return Task.CompletedTask;
    }
}
