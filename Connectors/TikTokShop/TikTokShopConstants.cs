namespace CrossBorderHub.Connectors.TikTokShop;

/// <summary>Names and paths of the TikTok Shop Open API (202309 versions) as TikTok documents them.</summary>
internal static class TikTokShopConstants
{
    public const string Marketplace = "tiktokshop";
    public const string DisplayName = "TikTok Shop";
    public const string ConfigurationSection = "Connectors:TikTokShop";
    public const string HttpClientName = "tiktokshop";
    public const string AuthHttpClientName = "tiktokshop-auth";

    public const string OrdersSearchPath = "/order/202309/orders/search";
    public const string OrderDetailPath = "/order/202309/orders";
    public const string TokenRefreshPath = "/api/v2/token/refresh";

    /// <summary>Exchanges a seller's one-time authorization code for the first token pair.</summary>
    public const string TokenGetPath = "/api/v2/token/get";

    /// <summary>App-level: signed without shop_cipher, answers every shop the seller authorized the app for.</summary>
    public const string AuthorizedShopsPath = "/authorization/202309/shops";

    public const string ProductsSearchPath = "/product/202309/products/search";
    public const string ProductDetailPath = "/product/202309/products/{productId}";
    public const string InventorySearchPath = "/product/202309/inventory/search";

    /// <summary>Sets absolute quantities per SKU and warehouse of one product.</summary>
    public const string InventoryUpdatePath = "/product/202309/products/{productId}/inventory/update";

    /// <summary>The ship call; {package_id} is the package the order's line items are in.</summary>
    public const string ShipPackagePath = "/fulfillment/202309/packages/{packageId}/ship";

    /// <summary>The seller's authorization page for a service (the app), on the consent host of the app's market.</summary>
    public const string AuthorizePath = "/open/authorize";

    public const string AccessTokenHeader = "x-tts-access-token";
    public const string AppKeyParameter = "app_key";
    public const string TimestampParameter = "timestamp";
    public const string SignParameter = "sign";
    public const string ShopCipherParameter = "shop_cipher";
    public const string AccessTokenParameter = "access_token";
    public const string RefreshTokenGrant = "refresh_token";
    public const string AuthorizationCodeGrant = "authorized_code";

    public const string ServiceIdParameter = "service_id";
    public const string StateParameter = "state";
    public const string CodeParameter = "code";
    public const string ShopRegionParameter = "shop_region";
    public const string LocaleParameter = "locale";

    public const string AppKeySetting = "appKey";
    public const string AppSecretCredential = "appSecret";
    public const string AccessTokenCredential = "accessToken";
    public const string RefreshTokenCredential = "refreshToken";
    public const string AccessTokenExpiresAtCredential = "accessTokenExpiresAt";

    /// <summary>Rate budget operation key: TikTok publishes no per-operation figures, so one budget per shop.</summary>
    public const string ApiOperation = "open-api";

    public const string UpdateTimeSortField = "update_time";
    public const string AscendingSortOrder = "ASC";

    public static readonly Uri ApiHost = new("https://open-api.tiktokglobalshop.com");
    public static readonly Uri AuthHost = new("https://auth.tiktok-shops.com");

    /// <summary>The authorization page's host for apps of the global Partner Center (every market but the US).</summary>
    public static readonly Uri ConsentHost = new("https://services.tiktokshop.com");

    /// <summary>The authorization page's host for apps of the US Partner Center, which serve US shops.</summary>
    public static readonly Uri UsConsentHost = new("https://services.us.tiktokshop.com");

    /// <summary>Refit needs an absolute base address; the signing handler replaces it with the store's host.</summary>
    public static readonly Uri PlaceholderBaseAddress = new("https://tiktokshop.invalid");
}
