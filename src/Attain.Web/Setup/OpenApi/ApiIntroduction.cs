using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Attain.Web.Setup.OpenApi;

/// <summary>The document's title and introduction: what the API is for, how to sign in, how errors and long work are answered.</summary>
public sealed class ApiIntroduction : IOpenApiDocumentTransformer
{
    public const string Title = "Attain API";

    public const string Introduction = """
        Attain evaluates the **Cloud Customer Relationship Management competency** (Silver and Gold) for partner
        organisations: the level a partner holds as of a date, why, what is missing, who should take which exam, and
        when the level would lapse. This API is what the web pages use; the command line (`attain`) gives the same answers.

        **Signing in.** Every endpoint takes a bearer token (`Authorization: Bearer <token>`), never the pages' cookie.
        The operator's token opens everything; a partner's token opens only that partner's `/api/partners/{id}` endpoints.
        Get one from your OpenID Connect provider, or on the machine that runs Attain:
        `attain token --role operator` or `attain token --role partner --partner P-1014`.
        Signed in to the web pages with the local sign-in, this page fills in a token for you (valid one hour), so
        **Test request** works as you.

        **Errors** are RFC 9457 problem documents (`application/problem+json`) whose `detail` names the field or value
        that is wrong. Each operation lists the problems it can answer.

        **Long work** (an import, evaluating the whole program) answers `202 Accepted` with a job to poll at
        `/api/jobs/{jobId}`; one job runs at a time, and another is refused with `409` naming the running one.

        **Languages.** Texts for people come in English or Japanese: `lang=en|ja` where an endpoint takes it, else the
        `Accept-Language` header. Ids, dates (`YYYY-MM-DD`), months (`YYYY-MM`) and amounts (US dollars) are language-neutral.
        """;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info ??= new OpenApiInfo();
        document.Info.Title = Title;
        document.Info.Version = "v1";
        document.Info.Description = Introduction;
        return Task.CompletedTask;
    }
}
