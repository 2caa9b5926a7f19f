using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Attain.Web.Telemetry;

/// <summary>
/// OpenTelemetry traces, metrics and logs (ASP.NET Core, HttpClient, EF Core, Npgsql and <see cref="AttainTelemetry"/>),
/// exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT (or Attain:Telemetry:OtlpEndpoint) is set, and to the
/// console when Attain:Telemetry:Console is true. With neither, nothing is collected: no cost when no one looks.
/// Log lines carry the request's scope (RequestId, TraceId, SpanId) either way.
/// </summary>
public static class TelemetrySetup
{
    public static IServiceCollection AddAttainTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["Attain:Telemetry:OtlpEndpoint"] is { Length: > 0 } configured ? configured : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var otlp = !string.IsNullOrWhiteSpace(endpoint);
        var console = configuration.GetValue<bool>("Attain:Telemetry:Console");
        if (!otlp && !console)
        {
            return services;
        }

        void Otlp(OpenTelemetry.Exporter.OtlpExporterOptions options) => options.Endpoint = new Uri(endpoint!);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "attain-web"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(AttainTelemetry.Name, "Npgsql")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter(Otlp);
                }

                if (console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(AttainTelemetry.Name, "Npgsql", "Microsoft.EntityFrameworkCore")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (otlp)
                {
                    metrics.AddOtlpExporter(Otlp);
                }

                if (console)
                {
                    metrics.AddConsoleExporter();
                }
            })
            .WithLogging(logging =>
            {
                if (otlp)
                {
                    logging.AddOtlpExporter(Otlp);
                }

                if (console)
                {
                    logging.AddConsoleExporter();
                }
            }, options =>
            {
                options.IncludeScopes = true;
                options.IncludeFormattedMessage = true;
            });
        return services;
    }
}
