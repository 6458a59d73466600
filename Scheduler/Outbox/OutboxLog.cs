using CrossBorderHub.Scheduler.Ports;
using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Scheduler.Outbox;

internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "{Kind} command {CommandId} for store {StoreId} confirmed (marketplace reference {Reference})")]
    public static partial void Confirmed(ILogger logger, CommandKind kind, Guid commandId, Guid storeId, string? reference);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "{Kind} command {CommandId} attempt {Attempt} failed transiently; retrying in {Delay}: {Reason}")]
    public static partial void RetryScheduled(ILogger logger, CommandKind kind, Guid commandId, int attempt, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "{Kind} command {CommandId} for store {StoreId} failed: {Reason}")]
    public static partial void Failed(ILogger logger, CommandKind kind, Guid commandId, Guid storeId, string reason);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Command delivery scheduled every {Interval}")]
    public static partial void Scheduled(ILogger logger, TimeSpan interval);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Error, Message = "{Kind} command {CommandId} failed unexpectedly")]
    public static partial void Unexpected(ILogger logger, Exception exception, CommandKind kind, Guid commandId);
}
