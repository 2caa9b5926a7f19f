using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Hardening;

/// <summary>
/// Health tells the truth (issue 9, item 8): liveness answers while the process does; readiness and /health
/// query the store and say 503 when its pages are corrupt; start-up on a corrupt store, or on an address another
/// process listens on, exits with one clear message.
/// </summary>
public sealed class HealthTests(AttainWebApplication app) : IClassFixture<AttainWebApplication>
{
    [Fact]
    public async Task Readiness_is_unhealthy_when_the_stores_pages_are_corrupt_while_liveness_stays_up()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        CorruptStore.OverwritePages(app.DatabasePath);

        var ready = await client.GetAsync("/health/ready");
        var health = await client.GetAsync("/health");
        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_up_on_a_corrupt_store_exits_non_zero_with_one_clear_message()
    {
        var folder = Directory.CreateTempSubdirectory("attain-corrupt-start-").FullName;
        try
        {
            var store = Path.Combine(folder, "attain.db");
            File.Copy(app.DatabasePath, store);
            CorruptStore.OverwritePages(store);

            var (exitCode, error) = await RunWebAppAsync(store);

            Assert.NotEqual(0, exitCode);
            Assert.NotEqual(134, exitCode);
            var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var line = Assert.Single(lines);
            Assert.StartsWith($"Attain cannot start: the store {store} cannot be opened or read", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Start_up_on_an_address_in_use_exits_non_zero_with_one_clear_message()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exitCode, error) = await RunWebAppAsync(app.DatabasePath, url);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"Attain cannot start: it cannot listen on {url} (Address already in use). Stop what uses that address, or choose another with --urls (or ASPNETCORE_URLS).", line);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Error)> RunWebAppAsync(string store, string url = "http://127.0.0.1:0")
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Attain.Web.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__Attain"] = store;
        start.Environment["Urls"] = url;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The app kept running.\n" + await output);
        }

        return (process.ExitCode, await error);
    }
}
