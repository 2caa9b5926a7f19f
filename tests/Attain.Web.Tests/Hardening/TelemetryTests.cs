using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using Attain.Web.Telemetry;
using Attain.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Attain.Web.Tests.Hardening;

/// <summary>
/// The import and the evaluation emit Attain's activities and metrics (issue 9, item 9), and configuring an OTLP
/// endpoint turns the OpenTelemetry providers on. Other tests run in parallel and share the static meter, so
/// these look for what this test's own requests produced (its partner, its table counts), not for totals.
/// </summary>
public sealed class TelemetryTests(AttainWebApplication app) : IClassFixture<AttainWebApplication>, IDisposable
{
    private readonly ConcurrentBag<Activity> _activities = [];
    private readonly ConcurrentBag<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];
    private readonly ActivityListener _activityListener = new();
    private readonly MeterListener _meterListener = new();

    [Fact]
    public async Task An_import_and_an_evaluation_emit_their_activities_and_metrics()
    {
        Listen();
        var partners = SampleZip.SampleText("partners.csv").TrimEnd() + "\nP-1977,Telemetry Test Ltd,JP\n";

        var client = app.Operator();

        // Imports are jobs: the import answers 202 at once; the background job runner evaluates and emits the
        // evaluation's activity and metrics once the job is done.
        var job = await JobPolling.FinishedAsync(client, client.PostAsync("/api/imports", SampleZip.Create(folderName: null, new Dictionary<string, string> { ["partners.csv"] = partners })));
        var id = job.GetProperty("id").GetInt64();
        var evaluation = await client.GetAsync("/api/partners/P-1977/evaluation");

        Assert.Equal("succeeded", job.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, evaluation.StatusCode);
        // The runner stops its activity just after it records the job as done: wait (bounded) for that instant.
        await EventuallyAsync(() => _activities.Any(activity => activity.OperationName == "attain.evaluation.job" && activity.GetTagItem("attain.job") is long tagged && tagged == id));
        _meterListener.RecordObservableInstruments();
        Assert.Contains(_activities, activity => activity.OperationName == "attain.import" && (string?)activity.GetTagItem("attain.outcome") == "imported");
        Assert.Contains(_activities, activity => activity.OperationName == "attain.evaluation.job" && activity.GetTagItem("attain.job") is long tagged && tagged == id
            && activity.GetTagItem("attain.partners") is long count && count == SampleZip.Partners + 1);
        Assert.Contains(_measurements, m => m.Instrument == "attain.import.rows" && m.Value == 1 && Equals(m.Tags["attain.table"], "partners") && Equals(m.Tags["attain.change"], "added"));
        Assert.Contains(_measurements, m => m.Instrument == "attain.import.duration" && m.Value > 0 && Equals(m.Tags["attain.outcome"], "imported"));
        Assert.Contains(_measurements, m => m.Instrument == "attain.import.count" && Equals(m.Tags["attain.outcome"], "imported"));
        Assert.Contains(_measurements, m => m.Instrument == "attain.evaluation.snapshot.duration" && m.Value > 0);
        Assert.Contains(_measurements, m => m.Instrument == "attain.evaluation.partners" && m.Value == SampleZip.Partners + 1);
    }

    private static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 200 && !condition(); attempt++)
        {
            await Task.Delay(50);
        }
    }

    [Fact]
    public void Without_an_exporter_configured_no_OpenTelemetry_provider_runs()
    {
        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void An_OTLP_endpoint_in_configuration_turns_on_traces_and_metrics()
    {
        using var configured = app.WithWebHostBuilder(builder => builder.UseSetting("Attain:Telemetry:OtlpEndpoint", "http://127.0.0.1:4317"));

        Assert.NotNull(configured.Services.GetService<TracerProvider>());
        Assert.NotNull(configured.Services.GetService<MeterProvider>());
    }

    private void Listen()
    {
        _activityListener.ShouldListenTo = source => source.Name == AttainTelemetry.Name;
        _activityListener.Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData;
        _activityListener.ActivityStopped = _activities.Add;
        ActivitySource.AddActivityListener(_activityListener);

        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AttainTelemetry.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        _measurements.Add((instrument.Name, value, copy));
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }
}
