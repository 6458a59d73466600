using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.Ebay;

internal static partial class EbayLog
{
    [LoggerMessage(EventId = 4400, Level = LogLevel.Debug, Message = "eBay getOrders {Store}: lastmodifieddate {Filter}, offset {Offset}: {Count} of {Total}")]
    public static partial void OrdersPage(ILogger logger, string store, string filter, int offset, int count, int? total);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "eBay shipping fulfilment {FulfillmentId} created for order {OrderId} ({Store})")]
    public static partial void ShipmentCreated(ILogger logger, string? fulfillmentId, string orderId, string store);

    [LoggerMessage(EventId = 4402, Level = LogLevel.Debug, Message = "eBay getInventoryItems {Store}: offset {Offset}: {Count} of {Total}")]
    public static partial void InventoryPage(ILogger logger, string store, string offset, int count, int? total);

    [LoggerMessage(EventId = 4403, Level = LogLevel.Warning, Message = "eBay did not set the stock of SKU {Sku} for command {CommandId} ({Store}): {Outcome}")]
    public static partial void StockNotSet(ILogger logger, string sku, Guid commandId, string store, string outcome);

    [LoggerMessage(EventId = 4404, Level = LogLevel.Warning, Message = "eBay getRateLimits could not be read for {Store}: {Reason}")]
    public static partial void RateLimitsUnread(ILogger logger, string store, string reason);
}
