using Attain.Data;
using Attain.Data.Store;
using Attain.Data.Store.Import;
using Attain.Web.Evaluation;
using Attain.Web.Import;
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
        services.AddSingleton(new CatalogSourceText(CatalogFile.Source(catalogPath, marketsPath)));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ProgramEvaluator>();
        services.AddScoped<DropImporter>();
        services.AddExceptionHandler<ImportUnavailableHandler>();
        services.AddSingleton<ImportGate>();
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
        var db = scope.ServiceProvider.GetRequiredService<AttainDbContext>();
        if (await db.Partners.AnyAsync())
        {
            return;
        }

        var options = app.Configuration.GetSection("Attain").Get<AttainWebOptions>() ?? new AttainWebOptions();
        var folder = string.IsNullOrWhiteSpace(options.SeedFolder) ? Path.Combine(AppContext.BaseDirectory, "samples", "contoso") : options.SeedFolder;
        var evaluator = scope.ServiceProvider.GetRequiredService<ProgramEvaluator>();
        var source = scope.ServiceProvider.GetRequiredService<CatalogSourceText>();
        var outcome = await FolderImport.RunAsync(db, folder, evaluator.Catalog, source.Value);
        if (!outcome.Written)
        {
            throw new InvalidOperationException($"The sample program in {folder} cannot be imported: " + string.Join("; ", outcome.Problems));
        }

        var snapshots = await evaluator.RecordSnapshotsAsync(evaluator.Today);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("The store was empty: imported {Folder} and took {Snapshots} snapshots as of {AsOf}", folder, snapshots, evaluator.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
