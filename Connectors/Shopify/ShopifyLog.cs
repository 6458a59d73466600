using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.Shopify;

internal static partial class ShopifyLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "Shopify order {OrderId} has more line items than the first page; fetching the rest")]
    public static partial void FetchingMoreLineItems(ILogger logger, string orderId);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Debug, Message = "Shopify product {ProductId} has more variants than the first page; fetching the rest")]
    public static partial void FetchingMoreVariants(ILogger logger, string productId);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Debug, Message = "Shopify inventory item {InventoryItemId} has more levels than the first page; fetching the rest")]
    public static partial void FetchingMoreInventoryLevels(ILogger logger, string inventoryItemId);
}
