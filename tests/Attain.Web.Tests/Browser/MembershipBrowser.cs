using Attain.Web.Tests.Support;

namespace Attain.Web.Tests.Browser;

/// <summary>The browser and the app on Kestrel (<see cref="BrowserApplication"/>), with the sample's membership history.</summary>
public sealed class MembershipBrowser : IAsyncLifetime
{
    public BrowserApplication App { get; } = new();

    public async Task InitializeAsync()
    {
        await App.InitializeAsync();
        await SampleMembership.SeedAsync(App.Services);
    }

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
}
