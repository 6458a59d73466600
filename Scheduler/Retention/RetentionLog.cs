using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Scheduler.Retention;

/// <summary>Counts only: retention never logs what it removes.</summary>
internal static partial class RetentionLog
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Retention: buyer data redacted from {Orders} orders, {Quarantine} quarantined payloads deleted")]
    public static partial void Redacted(ILogger logger, int orders, int quarantine);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "Retention job scheduled every {Interval}")]
    public static partial void Scheduled(ILogger logger, TimeSpan interval);
}
