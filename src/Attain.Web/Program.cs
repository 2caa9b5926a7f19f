using Attain.Web;
using Attain.Web.Impact;
using Attain.Web.Import;
using Attain.Web.Jobs;
using Attain.Web.Membership;
using Attain.Web.Partners;
using Attain.Web.Setup;
using Attain.Web.Setup.OpenApi;
using Attain.Web.Summary;
using Attain.Web.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAttainStore(builder.Configuration);
builder.Services.AddAttainAuth(builder.Configuration);
builder.Services.AddAttainLocalization();
builder.Services.AddAttainJson();
builder.Services.AddAttainTelemetry(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddAttainOpenApi();
builder.Services.AddRazorPages();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);

var app = builder.Build();
if (!await app.TryPrepareStoreAsync())
{
    return 1;
}

app.UseExceptionHandler();
// Before the status pages: a re-executed error page keeps the language the request asked for (?culture= included).
app.UseRequestLocalization();
app.UseAttainStatusPages();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();

app.MapAttainHealth();
app.MapOpenApi().AllowAnonymous();
app.MapAttainApiReference();
app.MapLanguageSwitch();
app.MapGroup("/api/partners").MapPartners();
app.MapGroup("/api/partners/{id}/membership").MapPartnerMembership();
app.MapGroup("/api/program").MapProgram().MapCatalogImpact();
app.MapGroup("/api/program/reminders").MapReminders();
app.MapGroup("/api/jobs").MapJobs();
app.MapGroup("/api/imports").MapImports(app.Configuration.GetValue("Attain:ImportLimitBytes", 50L * 1024 * 1024));
app.MapRazorPages();

app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
return await app.TryRunAsync() ? 0 : 1;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
