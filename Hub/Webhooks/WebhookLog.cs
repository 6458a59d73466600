namespace CrossBorderHub.Hub.Webhooks;

internal static partial class WebhookLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Refused a {Marketplace} webhook: no store's app verifies its signature (shop {ShopId})")]
    public static partial void Unverified(ILogger logger, string marketplace, string? shopId);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "A {Marketplace} webhook of type {Type} for store {StoreId} started orders sync run {RunId}")]
    public static partial void SyncStarted(ILogger logger, string marketplace, int type, Guid storeId, Guid runId);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Debug, Message = "A {Marketplace} webhook for store {StoreId} started nothing ({Reason})")]
    public static partial void NothingStarted(ILogger logger, string marketplace, Guid storeId, string reason);
}
