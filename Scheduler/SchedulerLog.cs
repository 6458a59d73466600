using CrossBorderHub.Mapping.Canonical;
using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Scheduler;

internal static partial class SchedulerLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Sync {Entity} of store {StoreId} started (run {RunId}, from checkpoint {Checkpoint})")]
    public static partial void RunStarted(ILogger logger, SyncEntity entity, Guid storeId, Guid runId, string? checkpoint);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Sync {Entity} of store {StoreId} succeeded: {Pages} pages, {Upserted} upserted, {Stale} stale, {Quarantined} quarantined, {UnknownValues} unknown values")]
    public static partial void RunSucceeded(ILogger logger, SyncEntity entity, Guid storeId, int pages, int upserted, int stale, int quarantined, int unknownValues);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Sync {Entity} of store {StoreId} failed (run {RunId})")]
    public static partial void RunFailed(ILogger logger, Exception exception, SyncEntity entity, Guid storeId, Guid runId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Record {MarketplaceId} has an unknown {Field} '{Value}'; stored as Unknown")]
    public static partial void UnknownValue(ILogger logger, string marketplaceId, string field, string value);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Quarantined record {MarketplaceId}: {Reason}")]
    public static partial void Quarantined(ILogger logger, string? marketplaceId, string reason);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Scheduled {Entity} of store {StoreId} every {Interval}")]
    public static partial void Scheduled(ILogger logger, SyncEntity entity, Guid storeId, TimeSpan interval);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Retrying {Entity} of store {StoreId} in {Delay} (retry {Attempt} of {MaxAttempts})")]
    public static partial void RetryScheduled(ILogger logger, SyncEntity entity, Guid storeId, TimeSpan delay, int attempt, int maxAttempts);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Warning, Message = "Sync {Entity} of store {StoreId} interrupted by the hub stopping (run {RunId})")]
    public static partial void RunInterrupted(ILogger logger, SyncEntity entity, Guid storeId, Guid runId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "Recovering sync {Entity} of store {StoreId} (run {RunId}): the node that ran it stopped before it finished")]
    public static partial void Recovering(ILogger logger, SyncEntity entity, Guid storeId, Guid runId);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Information, Message = "Kept the persisted schedule of {Entity} of store {StoreId} (every {Interval}, next at {NextFire})")]
    public static partial void ScheduleKept(ILogger logger, SyncEntity entity, Guid storeId, TimeSpan interval, DateTimeOffset? nextFire);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Information, Message = "Trimmed {Count} sync runs that finished before {Before}")]
    public static partial void RunsTrimmed(ILogger logger, int count, DateTimeOffset before);
    [LoggerMessage(EventId = 2020, Level = LogLevel.Information, Message = "Sync {Entity} of store {StoreId} deferred after {Pages} pages (run {RunId}): the rate budget refills in {ResumeAfter}")]
    public static partial void RunDeferred(ILogger logger, SyncEntity entity, Guid storeId, Guid runId, TimeSpan resumeAfter, int pages);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Information, Message = "Sync {Entity} of store {StoreId} resumes at {ResumeAt} (run {RunId})")]
    public static partial void ResumeScheduled(ILogger logger, SyncEntity entity, Guid storeId, Guid runId, DateTimeOffset resumeAt);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Information, Message = "Scheduled {Entity} of store {StoreId} by cron '{Cron}' (UTC)")]
    public static partial void ScheduledByCron(ILogger logger, SyncEntity entity, Guid storeId, string cron);
}
