using System.Text.Json.Nodes;
using Attain.Core.Model;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Attain.Web.Setup.OpenApi;

/// <summary>
/// Gives Attain's value types the shape their JSON converters write, with a real example (without it an id is an empty
/// schema, and an example shows null where "P-1014" belongs), and describes every field (<see cref="FieldTexts"/>) once
/// the document's schemas are final: a field that refers to another schema only takes a description then.
/// </summary>
public sealed class FieldDocumentation : IOpenApiSchemaTransformer, IOpenApiDocumentTransformer
{
    private static readonly Dictionary<Type, (JsonSchemaType Type, string Description, JsonNode Example)> Values = new()
    {
        [typeof(PartnerId)] = (JsonSchemaType.String, "A partner's id, as in partners.csv.", "P-1014"),
        [typeof(IndividualId)] = (JsonSchemaType.String, "An individual's id, as in individuals.csv.", "I-2051"),
        [typeof(CustomerId)] = (JsonSchemaType.String, "A customer's id, as in dpor.csv and revenue.csv.", "C-1001"),
        [typeof(ExamCode)] = (JsonSchemaType.String, "An exam code of the catalog.", "MB2-712"),
        [typeof(ProductCode)] = (JsonSchemaType.String, "A product code of the catalog.", "crm-online"),
        [typeof(LevelId)] = (JsonSchemaType.String, "A level id of the catalog.", "gold"),
        [typeof(SlotId)] = (JsonSchemaType.String, "An exam slot's id in the catalog.", "customization"),
        [typeof(ExamGroupId)] = (JsonSchemaType.String, "An exam group's id in the catalog.", "app"),
        [typeof(CountryCode)] = (JsonSchemaType.String, "A country, ISO 3166 alpha-2.", "US"),
        [typeof(Month)] = (JsonSchemaType.String, "A calendar month, YYYY-MM.", "2026-10"),
        [typeof(Usd)] = (JsonSchemaType.Number, "An amount in US dollars, at most 2 decimals.", 125000.50m),
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (Values.TryGetValue(type, out var value))
        {
            schema.Type = value.Type;
            schema.Description = value.Description;
            schema.Example = value.Example.DeepClone();
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var (schemaName, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                var text = FieldTexts.ByName.GetValueOrDefault($"{schemaName}.{name}") ?? FieldTexts.ByName.GetValueOrDefault(name);
                switch (property)
                {
                    case OpenApiSchema inline:
                        inline.Description ??= text;
                        break;
                    case OpenApiSchemaReference reference:
                        reference.Description ??= text;
                        break;
                }
            }
        }

        return Task.CompletedTask;
    }
}
