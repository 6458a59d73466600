using CrossBorderHub.Hub.Webhooks;
using CrossBorderHub.Scheduler.Metrics;
using OpenTelemetry.Metrics;

namespace CrossBorderHub.Hub.Metrics;

internal static class MetricsExtensions
{
    public const string Path = "/metrics";

    /// <summary>OpenTelemetry metrics of the sync scheduler and of Quartz, exported for Prometheus to scrape.</summary>
    public static IServiceCollection AddHubMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SyncMetrics.MeterName, WebhookMetrics.MeterName, QuartzMeterName)
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>/metrics in the Prometheus text format, unauthenticated like the health endpoints (keep it off the public network).</summary>
    public static IEndpointRouteBuilder MapHubMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint(Path);
        return app;
    }

    private const string QuartzMeterName = "Quartz";
}
