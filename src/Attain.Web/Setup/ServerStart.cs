using System.Net.Sockets;

namespace Attain.Web.Setup;

/// <summary>
/// Starts the server and turns a failure to listen (the port is taken, or not ours to bind) into one clear
/// message and a non-zero exit, rather than an unhandled exception that aborts the process.
/// </summary>
public static class ServerStart
{
    public static async Task<bool> TryRunAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        try
        {
            await app.StartAsync();
        }
        catch (Exception exception) when (exception is IOException or SocketException)
        {
            var message = $"Attain cannot start: it cannot listen on {Addresses(app)} ({Reason(exception)}). Stop what uses that address, or choose another with --urls (or ASPNETCORE_URLS).";
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Attain");
            if (logger.IsEnabled(LogLevel.Critical))
            {
                logger.LogCritical("{Message}", message);
            }

            await Console.Error.WriteLineAsync(message);
            return false;
        }

        await app.WaitForShutdownAsync();
        return true;
    }

    private static string Addresses(WebApplication app)
    {
        var configured = app.Urls.Count > 0 ? app.Urls : (ICollection<string>)[app.Configuration["urls"] ?? "the configured address"];
        return string.Join(", ", configured);
    }

    // The innermost message names the cause ("Address already in use", "Permission denied") without a stack.
    private static string Reason(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost.Message;
    }
}
