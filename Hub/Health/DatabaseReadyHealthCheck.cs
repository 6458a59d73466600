using CrossBorderHub.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrossBorderHub.Hub.Health;

/// <summary>Ready when the database answers and every migration is applied.</summary>
internal sealed class DatabaseReadyHealthCheck(IHubDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await database.IsReadyAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("Database unreachable or migrations pending.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Database check failed.", exception);
        }
    }
}
