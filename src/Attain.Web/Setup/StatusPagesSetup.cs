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
        app.UseWhen(context => IsApi(context.Request.Path), api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context.Request.Path), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        return app;
    }

    private static bool IsApi(PathString path) => path.StartsWithSegments("/api");
}
