using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CrossBorderHub.Scheduler.Retention;

/// <summary>Redacts the buyer data that is past its marketplace's retention, on the schedule Retention:Interval sets.</summary>
[DisallowConcurrentExecution]
internal sealed class RetentionJob(IPersonalDataRetention retention, TimeProvider time, ILogger<RetentionJob> logger) : IJob
{
    public static readonly JobKey Key = new("redact-personal-data", "retention");

    public static readonly TriggerKey Trigger = new("redact-personal-data-schedule", "retention");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var result = await retention.RedactDueAsync(time.GetUtcNow(), cancellationToken);
        RetentionLog.Redacted(logger, result.OrdersRedacted, result.QuarantineDeleted);
    }
}
