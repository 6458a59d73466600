using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.TikTokShop;

internal static partial class TikTokShopLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Refreshing the TikTok Shop access token of store {StoreId}")]
    public static partial void RefreshingToken(ILogger logger, Guid storeId);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "TikTok Shop refused the access token of store {StoreId} ({Code}); refreshing it once")]
    public static partial void TokenRefused(ILogger logger, Guid storeId, string? code);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Shipped TikTok Shop package {PackageId} of order {OrderId} with tracking {TrackingNumber}")]
    public static partial void PackageShipped(ILogger logger, string packageId, string orderId, string trackingNumber);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Information, Message = "Found the TikTok Shop cipher of shop {ShopId} for store {StoreId} in the authorized shops")]
    public static partial void ShopCipherFound(ILogger logger, Guid storeId, string shopId);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Information, Message = "Set {Levels} TikTok Shop stock levels of product {ProductId}")]
    public static partial void StockSet(ILogger logger, string productId, int levels);

    [LoggerMessage(EventId = 9006, Level = LogLevel.Information, Message = "Exchanging a TikTok Shop authorization code for app {AppKey}")]
    public static partial void ExchangingCode(ILogger logger, string appKey);

    [LoggerMessage(EventId = 9007, Level = LogLevel.Information, Message = "TikTok Shop seller {OpenId} authorized app {AppKey} for {Scopes} scopes")]
    public static partial void CodeExchanged(ILogger logger, string appKey, string openId, int scopes);

    [LoggerMessage(EventId = 9020, Level = LogLevel.Information, Message = "TikTok Shop consent for app {AppKey} connected shop {ShopId}, one of {Shops} authorized shops")]
    public static partial void ConsentCompleted(ILogger logger, string appKey, string shopId, int shops);
}
