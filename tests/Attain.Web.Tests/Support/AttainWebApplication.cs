using System.Net.Http.Headers;
using Attain.Tokens;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Attain.Web.Tests.Support;

/// <summary>
/// The web app against a real SQLite file of its own (seeded from samples/contoso at start, as `dotnet run`
/// does), a signing key file of its own, and the clock fixed on the samples' as-of date.
/// </summary>
public class AttainWebApplication : WebApplicationFactory<global::Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("attain-web-tests-").FullName;

    public string DatabasePath => Path.Combine(_folder, "attain.db");

    public string SigningKeyPath => Path.Combine(_folder, "signing-key");

    protected virtual long ImportLimitBytes => 50 * 1024 * 1024;

    /// <summary>The store: a SQLite file of this app's own, unless a subclass points it at PostgreSQL.</summary>
    protected virtual string Store => DatabasePath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Attain", Store);
        builder.UseSetting("Auth:SigningKeyFile", SigningKeyPath);
        builder.UseSetting("Auth:LocalSignIn", "true");
        builder.UseSetting("Attain:ImportLimitBytes", ImportLimitBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Attain:SeedFolder", Path.Combine(AppContext.BaseDirectory, "samples", "contoso"));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(FixedClock.OnSampleDay()));
    }

    public string Token(string role, string? partner = null) =>
        LocalTokens.Mint(LocalSigningKey.LoadOrCreate(SigningKeyPath), role, partner, TimeSpan.FromHours(1), TimeProvider.System);

    public HttpClient ClientAs(string role, string? partner = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(role, partner));
        return client;
    }

    public HttpClient Operator() => ClientAs(AttainClaims.OperatorRole);

    public HttpClient Partner(string id) => ClientAs(AttainClaims.PartnerRole, id);

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // The temporary folder is the system's to clean if a file is still held open.
            }
        }
    }
}
