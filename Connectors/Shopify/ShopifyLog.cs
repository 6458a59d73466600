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

    [LoggerMessage(EventId = 5120, Level = LogLevel.Information, Message = "Exchanging a Shopify authorization code for shop {Shop}")]
    public static partial void ExchangingCode(ILogger logger, string shop);

    [LoggerMessage(EventId = 5121, Level = LogLevel.Information, Message = "Shopify shop {Shop} authorized the app")]
    public static partial void Connected(ILogger logger, string shop);

    [LoggerMessage(EventId = 5122, Level = LogLevel.Warning, Message = "Shopify callback for shop {Shop} refused: {Reason}")]
    public static partial void CallbackRefused(ILogger logger, string shop, string reason);

    [LoggerMessage(EventId = 5123, Level = LogLevel.Warning, Message = "Shopify shop {Shop} granted the app too few scopes; missing {Missing}")]
    public static partial void ScopesShort(ILogger logger, string shop, string missing);
}
