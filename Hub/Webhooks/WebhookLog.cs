namespace CrossBorderHub.Hub.Webhooks;

/// <summary>Ids, topics and counts only: a push's body may carry buyer data and is never logged.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Refused a {Marketplace} webhook: no store of account {AccountKey} verifies its signature ({Candidates} candidates)")]
    public static partial void Unverified(ILogger logger, string marketplace, string? accountKey, int candidates);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "A {Marketplace} webhook ({Topic}) for store {StoreId} started {Entity} sync run {RunId}")]
    public static partial void SyncStarted(ILogger logger, string marketplace, string topic, Guid storeId, string entity, Guid runId);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Debug, Message = "A {Marketplace} webhook ({Topic}) for store {StoreId} started nothing: {Outcome}")]
    public static partial void NothingStarted(ILogger logger, string marketplace, string topic, Guid storeId, string outcome);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Debug, Message = "A {Marketplace} webhook {DeliveryId} was received before; answered and not processed again")]
    public static partial void Duplicate(ILogger logger, string marketplace, string? deliveryId);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Refused a {Marketplace} webhook of more than {MaxBytes} bytes")]
    public static partial void TooLarge(ILogger logger, string marketplace, int maxBytes);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Error, Message = "Processing webhook delivery {DeliveryRowId} for store {StoreId} failed")]
    public static partial void ProcessingFailed(ILogger logger, Exception exception, Guid deliveryRowId, Guid storeId);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Information, Message = "Processing {Count} webhook deliveries left unprocessed before this start")]
    public static partial void CatchingUp(ILogger logger, int count);

    [LoggerMessage(EventId = 6008, Level = LogLevel.Information, Message = "Pruned {Count} webhook deliveries received before {Before}")]
    public static partial void Pruned(ILogger logger, int count, DateTimeOffset before);

    [LoggerMessage(EventId = 6009, Level = LogLevel.Error, Message = "The webhook processor could not read or prune its table")]
    public static partial void TableFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6010, Level = LogLevel.Warning, Message = "{Marketplace} store {StoreId} could not be read to verify a webhook")]
    public static partial void StoreUnreadable(ILogger logger, Exception exception, string marketplace, Guid storeId);
}
