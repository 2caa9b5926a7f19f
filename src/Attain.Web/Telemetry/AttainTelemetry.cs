using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Attain.Web.Telemetry;

/// <summary>
/// Attain's own traces and metrics, beside ASP.NET Core's, EF Core's and Npgsql's: the import and evaluation
/// work an operator watches (rows, partners, duration). Recorded whether or not anything listens; exported
/// when configured (<see cref="TelemetrySetup"/>).
/// </summary>
public static class AttainTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Attain";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Imports by outcome (imported, rejected).</summary>
    public static readonly Counter<long> Imports = Meter.CreateCounter<long>("attain.import.count", "{import}", "Imports, by outcome.");

    public static readonly Histogram<double> ImportDuration = Meter.CreateHistogram<double>("attain.import.duration", "s", "How long an import took, unpacking to snapshots.");

    /// <summary>Rows an import wrote or kept, by table and change (added, changed, unchanged).</summary>
    public static readonly Counter<long> ImportRows = Meter.CreateCounter<long>("attain.import.rows", "{row}", "Rows an import added, changed or kept unchanged.");

    /// <summary>Partners evaluated, on any path (a page, the API, the snapshots after an import).</summary>
    public static readonly Counter<long> PartnersEvaluated = Meter.CreateCounter<long>("attain.evaluation.partners", "{partner}", "Partners evaluated.");

    public static readonly Histogram<double> SnapshotDuration = Meter.CreateHistogram<double>("attain.evaluation.snapshot.duration", "s", "How long evaluating every partner and storing the snapshots took.");
}
