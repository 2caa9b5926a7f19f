using System.CommandLine;
using System.Globalization;
using Attain.Data.Store;
using Attain.Data.Store.History;
using Microsoft.EntityFrameworkCore;

namespace Attain.Cli.History;

/// <summary>
/// `attain history &lt;partner&gt; [--db …]`: the partner's levels over time from its snapshots, and between each
/// snapshot and the one before it, which requirement flipped and the figures that made it flip.
/// </summary>
public static class HistoryCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var partner = new Argument<string>("partner") { Description = "The partner id." };
        var db = StoreOption.Create();
        var command = new Command("history", "Show a partner's levels over time, and what changed between snapshots.") { partner, db };
        command.SetAction(parsed => Run(parsed.GetRequiredValue(partner), parsed.GetValue(db), output, error));
        return command;
    }

    public static int Run(string partner, string? db, TextWriter output, TextWriter error) =>
        RunAsync(partner, db, output, error).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string partner, string? db, TextWriter output, TextWriter error)
    {
        var location = StoreLocation.Resolve(db);
        await using var store = await location.OpenAsync();
        if (await store.Partners.FindAsync(partner) is null)
        {
            error.WriteLine($"history: partner '{partner}' is not in the store ({location.Display}).");
            return ExitCodes.BadInput;
        }

        var snapshots = await store.Snapshots.AsNoTracking()
            .Where(snapshot => snapshot.PartnerId == partner)
            .OrderBy(snapshot => snapshot.AsOf).ThenBy(snapshot => snapshot.Id)
            .ToListAsync();
        var versions = await store.CatalogVersions.AsNoTracking().ToDictionaryAsync(version => version.Id, version => version.Label);
        if (snapshots.Count == 0)
        {
            output.WriteLine($"{partner}: no snapshots yet. Run 'attain evaluate --all' (or --partner {partner}) to take one.");
            return ExitCodes.Success;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{partner}: {snapshots.Count} snapshot(s)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"#",6}  {"as of",-10}  {"catalog",-18}  {"level",-8}  {"TTM revenue (USD)",18}  {"inputs",-12}  evaluated at (UTC)"));
        for (var index = 0; index < snapshots.Count; index++)
        {
            var snapshot = snapshots[index];
            var catalog = $"v{snapshot.CatalogVersionId} ({versions.GetValueOrDefault(snapshot.CatalogVersionId)})";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{snapshot.Id,6}  {snapshot.AsOf:yyyy-MM-dd}  {catalog,-18}  {snapshot.Level,-8}  {snapshot.TtmRevenueUsd,18:N2}  {snapshot.InputDigest[..12]}  {snapshot.EvaluatedAtUtc:yyyy-MM-dd HH:mm:ss}"));
            if (index == 0)
            {
                continue;
            }

            var previous = snapshots[index - 1];
            if (previous.Level != snapshot.Level)
            {
                output.WriteLine($"        level: {previous.Level} → {snapshot.Level}");
            }

            foreach (var change in SnapshotComparison.Between(previous.ResultJson, snapshot.ResultJson))
            {
                output.WriteLine($"        {change.Level} / {change.RequirementId}: {Met(change.WasMet)} → {Met(change.IsMet)} ({change.Before} → {change.After})");
            }

            if (previous.CatalogVersionId != snapshot.CatalogVersionId)
            {
                output.WriteLine($"        catalog: v{previous.CatalogVersionId} → v{snapshot.CatalogVersionId}");
            }
        }

        return ExitCodes.Success;
    }

    private static string Met(bool met) => met ? "met" : "not met";
}
