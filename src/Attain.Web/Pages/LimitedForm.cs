using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Attain.Web.Pages;

/// <summary>
/// Reads an upload form by hand within a body limit, then checks its antiforgery token: the pages that take a file (import,
/// catalog impact) call this instead of model binding, which would read the form first with the default limits (64 KiB in
/// memory, the rest in $TMPDIR) and answer an oversized upload with the server's bare 400. The form, or the status to answer.
/// </summary>
public static class LimitedForm
{
    public static async Task<(IFormCollection? Form, int Status)> ReadAsync(HttpContext context, long bodyLimit, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        try
        {
            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions
            {
                MultipartBodyLengthLimit = bodyLimit,
                MemoryBufferThreshold = (int)Math.Min(bodyLimit, int.MaxValue),
            }));
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            await antiforgery.ValidateRequestAsync(context);
            return (form, StatusCodes.Status200OK);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge);
        }
        catch (Exception exception) when (exception is InvalidDataException or AntiforgeryValidationException)
        {
            // A body that is not a whole multipart form, or a form without a valid token: reload and send again.
            return (null, StatusCodes.Status400BadRequest);
        }
    }
}
