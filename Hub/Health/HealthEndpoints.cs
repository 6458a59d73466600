using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CrossBorderHub.Hub.Health;

internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddHubHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// /health/live: the process answers. /health/ready: the database is reachable and migrated, and the scheduler runs
    /// (Degraded, still 200, while sync runs wait too long for a worker); a JSON body says which check said what.
    /// </summary>
    public static IEndpointRouteBuilder MapHubHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }
}
