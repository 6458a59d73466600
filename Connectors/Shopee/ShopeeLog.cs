using Microsoft.Extensions.Logging;

namespace CrossBorderHub.Connectors.Shopee;

internal static partial class ShopeeLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Shopee refused the access token of store {StoreId}; refreshing it once")]
    public static partial void RefreshingAccessToken(ILogger logger, Guid storeId);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Information, Message = "Shopee store {StoreId} got a new access token and refresh token")]
    public static partial void AccessTokenRefreshed(ILogger logger, Guid storeId);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Debug, Message = "Shopee order {OrderSn} is in get_order_list but get_order_detail did not return it")]
    public static partial void OrderDetailMissing(ILogger logger, string orderSn);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Information, Message = "Shopee store {StoreId}: items changed place while an update_time window was paged (total_count {Before}, now {After}); reading the window again")]
    public static partial void ItemWindowChanged(ILogger logger, Guid storeId, long before, long after);

    [LoggerMessage(EventId = 5305, Level = LogLevel.Information, Message = "Shopee shop {ShopId} was authorized but get_shop_info failed ({Kind}); it is named by its id")]
    public static partial void ShopNameUnavailable(ILogger logger, long shopId, MarketplaceFailureKind kind);
}
