using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Attain.Web.Import;

/// <summary>Turns <see cref="ImportUnavailableException"/> into a 503 problem that says what the operator of the server must fix.</summary>
public sealed class ImportUnavailableHandler(IProblemDetailsService problems, ILogger<ImportUnavailableHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not ImportUnavailableException unavailable)
        {
            return false;
        }

        logger.LogError("Import refused: {Reason}", unavailable.Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The server cannot take an import now.",
                Detail = unavailable.Message,
            },
        });
    }
}
