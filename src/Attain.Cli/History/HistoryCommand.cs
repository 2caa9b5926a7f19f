using System.CommandLine;
using System.Globalization;
using Attain.Data.Store;
using Attain.Data.Store.History;

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

        var history = await PartnerHistory.ReadAsync(store, partner);
        if (history.Count == 0)
        {
            output.WriteLine($"{partner}: no snapshots yet. Run 'attain evaluate --all' (or --partner {partner}) to take one.");
            return ExitCodes.Success;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{partner}: {history.Count} snapshot(s)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"#",6}  {"as of",-10}  {"catalog",-18}  {"level",-8}  {"TTM revenue (USD)",18}  {"inputs",-12}  evaluated at (UTC)"));
        foreach (var entry in history)
        {
            var catalog = $"v{entry.CatalogVersionId} ({entry.CatalogLabel})";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{entry.SnapshotId,6}  {entry.AsOf:yyyy-MM-dd}  {catalog,-18}  {entry.Level,-8}  {entry.TtmRevenueUsd,18:N2}  {entry.InputDigest[..12]}  {entry.EvaluatedAtUtc:yyyy-MM-dd HH:mm:ss}"));
            if (entry.PreviousLevel is { } previousLevel && previousLevel != entry.Level)
            {
                output.WriteLine($"        level: {previousLevel} → {entry.Level}");
            }

            foreach (var change in entry.Changes)
            {
                output.WriteLine($"        {change.Level} / {change.RequirementId}: {Met(change.WasMet)} → {Met(change.IsMet)} ({change.Before} → {change.After})");
            }

            if (entry.PreviousCatalogVersionId is { } previousVersion && previousVersion != entry.CatalogVersionId)
            {
                output.WriteLine($"        catalog: v{previousVersion} → v{entry.CatalogVersionId}");
            }
        }

        return ExitCodes.Success;
    }

    private static string Met(bool met) => met ? "met" : "not met";
}
