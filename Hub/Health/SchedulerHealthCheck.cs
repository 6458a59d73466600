using CrossBorderHub.Scheduler.Fairness;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CrossBorderHub.Hub.Health;

/// <summary>Unhealthy when the scheduler is not running; Degraded when sync triggers wait for a worker longer than Sync:MaxQueueLag.</summary>
internal sealed class SchedulerHealthCheck(SchedulerProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var report = await probe.CheckAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["queueLagSeconds"] = Math.Round(report.QueueLag.TotalSeconds, 3),
            ["maxQueueLagSeconds"] = report.MaxQueueLag.TotalSeconds,
            ["overdueTriggers"] = report.OverdueTriggers,
        };
        if (!report.Running)
        {
            return HealthCheckResult.Unhealthy("The scheduler is not running.", data: data);
        }

        return report.Lagging
            ? HealthCheckResult.Degraded($"Sync runs wait {report.QueueLag.TotalSeconds:0.#} s for a worker (more than {report.MaxQueueLag.TotalSeconds:0.#} s).", data: data)
            : HealthCheckResult.Healthy("The scheduler keeps up.", data);
    }
}
