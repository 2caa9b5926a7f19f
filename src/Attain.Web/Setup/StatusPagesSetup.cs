namespace Attain.Web.Setup;

/// <summary>
/// Empty error answers get a body (issue 11): under /api an RFC 9457 problem, as every API error is; anywhere else the
/// status page (/status/{code}) in the request's language, so a person never reads problem JSON in the browser.
/// </summary>
public static class StatusPagesSetup
{
    public static WebApplication UseAttainStatusPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The page is the outer handler: it acts only on an answer still empty. Under /api the inner one has already
        // written the problem by then. (Re-executing from inside a branch would not route: the page must be global.)
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseWhen(context => IsApi(context.Request.Path), api => api.UseStatusCodePages());
        return app;
    }

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api");
}
