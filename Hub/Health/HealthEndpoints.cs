using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CrossBorderHub.Hub.Health;

internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddHubHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: [ReadyTag]);
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: the database is reachable and migrated.</summary>
    public static IEndpointRouteBuilder MapHubHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
