namespace Attain.Web.Tests.Support;

/// <summary>The web app (on TestServer) with the sample's membership history (<see cref="SampleMembership"/>).</summary>
public sealed class MembershipApplication : AttainWebApplication, IAsyncLifetime
{
    public Task InitializeAsync() => SampleMembership.SeedAsync(Services);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
