using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CrossBorderHub.Scheduler.Jobs;

/// <summary>Deletes finished runs older than <see cref="SyncOptions.RunHistoryRetentionDays"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class RunHistoryTrimJob(ISyncRunStore runs, IOptions<SyncOptions> options, TimeProvider time, ILogger<RunHistoryTrimJob> logger) : IJob
{
    public static readonly JobKey Key = new("trim-run-history", "maintenance");

    public static readonly TriggerKey HourlyTrigger = new("trim-run-history-hourly", "maintenance");

    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RunHistoryRetentionDays);
        var trimmed = await runs.TrimAsync(before, cancellationToken);
        SchedulerLog.RunsTrimmed(logger, trimmed, before);
    }
}
