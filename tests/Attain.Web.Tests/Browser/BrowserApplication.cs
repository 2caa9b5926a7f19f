using System.Net;
using Attain.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Attain.Web.Tests.Browser;

/// <summary>
/// The app on Kestrel at a loopback port Kestrel itself picks when it binds (port 0: no port is chosen and
/// released first, so none can be taken in between; the bound address is read back), a browser needs a real
/// socket, not TestServer; and Debian's
/// chromium driven by Playwright: Playwright cannot download its own browsers here, so it is pointed at
/// /usr/bin/chromium (installed by .ci/run).
/// </summary>
public sealed class BrowserApplication : AttainWebApplication, IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        if (!File.Exists(Chromium))
        {
            // A developer's run says the tests are skipped (BrowserFactAttribute); under CI they run, and fail here, saying why.
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{Chromium} is missing, and CI runs the browser tests: .ci/run installs it (apt-get install chromium).");
            }

            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A page as a desktop browser (1280 px) shows it, or as a phone does at a narrower <paramref name="width"/> (issue 11: 390 px).</summary>
    public async Task<IPage> NewPageAsync(string acceptLanguage = "en-US", int width = 1280)
    {
        var phone = width < 600;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = acceptLanguage,
            ViewportSize = new ViewportSize { Width = width, Height = phone ? 844 : 900 },
            IsMobile = phone,
            HasTouch = phone,
        });
        return await context.NewPageAsync();
    }

    /// <summary>The whole page, or only what the screen shows first (<paramref name="fullPage"/> false: the README's pictures).</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = fullPage });
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await DisposeAsync();
    }
}
