using Attain.Core.Catalog;
using Attain.Core.Model;
using Attain.Data;
using Attain.Data.Store;
using Attain.Program;
using Attain.Program.Evaluation;
using Attain.Program.Import;
using Attain.Program.Jobs;
using Attain.Web.Import;
using Attain.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Attain.Web.Setup;

/// <summary>
/// The store and the catalog. ConnectionStrings:Attain picks the store as `--db` does for the command line
/// (a PostgreSQL connection string naming a Host, else a SQLite file); empty means $ATTAIN_DB, else attain.db
/// in the working folder, so the web app and `attain` share a store by default.
/// </summary>
public static class StoreSetup
{
    public static IServiceCollection AddAttainStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Attain").Get<AttainWebOptions>() ?? new AttainWebOptions();
        services.Configure<AttainWebOptions>(configuration.GetSection("Attain"));

        var connection = configuration.GetConnectionString("Attain");
        var location = StoreLocation.Resolve(string.IsNullOrWhiteSpace(connection) ? null : connection);
        services.AddSingleton(location);
        services.AddScoped(_ => location.CreateContext());

        var catalogPath = string.IsNullOrWhiteSpace(options.Catalog) ? null : options.Catalog;
        var marketsPath = string.IsNullOrWhiteSpace(options.Markets) ? null : options.Markets;
        var catalog = CatalogFile.Load(catalogPath, marketsPath);
        if (!catalog.IsValid)
        {
            throw new InvalidOperationException("The catalog cannot be read: " + string.Join("; ", catalog.Problems));
        }

        services.AddSingleton(catalog.Value!);
        var source = CatalogFile.Source(catalogPath, marketsPath);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped(provider => new AttainProgram(
            provider.GetRequiredService<AttainDbContext>(), provider.GetRequiredService<VersionedCatalog>(), source, provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<DropImporter>();
        services.AddExceptionHandler<ImportUnavailableHandler>();
        services.AddSingleton<ImportGate>();
        services.AddSingleton<JobGate>();
        services.AddSingleton<ProblemLists>();
        services.AddSingleton<Impact.ImpactRuns>();
        services.AddScoped<Impact.Proposal>();
        services.AddHostedService<JobRunner>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [HealthSetup.ReadyTag]);
        return services;
    }

    /// <summary>
    /// Start-up: bring the schema up to date, and fill an empty store with the sample program. False, with one
    /// clear line on standard error and in the log, when the store cannot be opened or read: the caller exits
    /// non-zero instead of dying of an unhandled exception.
    /// </summary>
    public static async Task<bool> TryPrepareStoreAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Attain.Store");
        var location = app.Services.GetRequiredService<StoreLocation>();
        try
        {
            await PrepareStoreAsync(app, logger, location);
            return true;
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            var message = $"Attain cannot start: the store {location.Display} cannot be opened or read ({exception.Message}). Restore it from a backup, or point ConnectionStrings:Attain (or $ATTAIN_DB) at another store.";
            if (logger.IsEnabled(LogLevel.Critical))
            {
                logger.LogCritical("{Message}", message);
            }

            await Console.Error.WriteLineAsync(message);
            return false;
        }
    }

    private static async Task PrepareStoreAsync(WebApplication app, ILogger logger, StoreLocation location)
    {
        await using (var migrated = await location.OpenAsync())
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Store {Store} ({Provider}) is up to date", location.Display, location.Provider);
            }
        }

        await using var scope = app.Services.CreateAsyncScope();
        var program = scope.ServiceProvider.GetRequiredService<AttainProgram>();
        var interrupted = await ProgramJobs.FailInterruptedAsync(program.Db, program.Clock);
        if (interrupted > 0 && logger.IsEnabled(LogLevel.Warning))
        {
            logger.LogWarning("{Jobs} job(s) were running when the app stopped: marked failed; POST /api/program/evaluations runs the evaluation again", interrupted);
        }

        if (await program.Db.Partners.AnyAsync())
        {
            // A store filled by `attain import` alone, or from before lists read stored evaluations: evaluate it
            // in the background so lists have figures (they answer 409 until then).
            if (await StoredEvaluation.LatestAsync(program.Db) is null)
            {
                await app.Services.GetRequiredService<JobGate>().AdmitAsync(program.Db, JobKind.Evaluation, program.Today, program.Clock, work: null, CancellationToken.None);
            }

            return;
        }

        var options = app.Configuration.GetSection("Attain").Get<AttainWebOptions>() ?? new AttainWebOptions();
        var folder = string.IsNullOrWhiteSpace(options.SeedFolder) ? Path.Combine(AppContext.BaseDirectory, "samples", "contoso") : options.SeedFolder;
        var outcome = await DropImport.RunAsync(program, folder);
        if (!outcome.Written)
        {
            throw new InvalidOperationException($"The sample program in {folder} cannot be imported: " + string.Join("; ", outcome.Problems));
        }

        // A dozen partners: evaluated here rather than as a job, so the first page the operator opens has its figures.
        var evaluation = await ProgramEvaluation.RunAsync(program, program.Today);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("The store was empty: imported {Folder} and took {Snapshots} snapshots as of {AsOf}", folder, evaluation.SnapshotsRecorded, IsoDate.Format(evaluation.AsOf));
        }
    }
}
