using Attain.Data.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Attain.Web.Setup;

/// <summary>Tells the person who ran `dotnet run` where the app is and how to sign in.</summary>
public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Attain");
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "http://localhost:5080";
        var store = app.Services.GetRequiredService<StoreLocation>().Display;
        var localSignIn = app.Configuration.GetValue<bool>("Auth:LocalSignIn");
        logger.LogInformation("Attain is running at {Url} (store: {Store}). API reference: {Url}/scalar; health: {Url}/health", url, store, url, url);
        if (localSignIn)
        {
            logger.LogInformation("Sign in at {Url}/signin as the operator or as a partner (local sign-in, development only)", url);
        }

        logger.LogInformation("API tokens: dotnet run --project src/Attain.Cli -- token --role operator  (or --role partner --partner P-1001)");
    }
}
