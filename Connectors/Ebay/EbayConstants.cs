namespace CrossBorderHub.Connectors.Ebay;

/// <summary>Every eBay name the connector and its sandbox use: marketplace key, store settings, hosts, wire names.</summary>
public static class EbayConstants
{
    public const string Marketplace = "ebay";

    public const string DisplayName = "eBay";

    public const string ConfigurationSection = "Connectors:Ebay";

    public const string MarketplaceIdSetting = "marketplaceId";

    public const string EnvironmentSetting = "environment";

    public const string ClientIdCredential = "clientId";

    public const string ClientSecretCredential = "clientSecret";

    public const string RefreshTokenCredential = "refreshToken";

    public const string Production = "production";

    public const string Sandbox = "sandbox";

    public static readonly Uri ProductionApi = new("https://api.ebay.com");

    public static readonly Uri SandboxApi = new("https://api.sandbox.ebay.com");

    public const string TokenPath = "/identity/v1/oauth2/token";

    public const string OrdersPath = "/sell/fulfillment/v1/order";

    public const string ShippingFulfillmentPath = "/sell/fulfillment/v1/order/{orderId}/shipping_fulfillment";

    public const string MarketplaceIdHeader = "X-EBAY-C-MARKETPLACE-ID";

    /// <summary>The user-token scopes the connector asks for on refresh (space-separated, as OAuth spells a scope list).</summary>
    public const string Scopes = "https://api.ebay.com/oauth/api_scope/sell.fulfillment https://api.ebay.com/oauth/api_scope/sell.inventory";

    /// <summary>getOrders caps limit at 200 (default 50).</summary>
    public const int MaxOrdersPageSize = 200;

    public const string HttpClientName = "ebay-sell";

    public const string IdentityClientName = "ebay-identity";

    /// <summary>The rate budget key of the Fulfillment API: eBay counts calls per application and API.</summary>
    public const string FulfillmentApi = "sell.fulfillment";

    public const string IdentityApi = "identity.oauth2";

    /// <summary>The marketplace ids the Sell APIs accept (MarketplaceIdEnum).</summary>
    public static readonly IReadOnlySet<string> MarketplaceIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "EBAY_US", "EBAY_AT", "EBAY_AU", "EBAY_BE", "EBAY_CA", "EBAY_CH", "EBAY_DE", "EBAY_ES", "EBAY_FR", "EBAY_GB",
        "EBAY_HK", "EBAY_IE", "EBAY_IN", "EBAY_IT", "EBAY_MY", "EBAY_NL", "EBAY_PH", "EBAY_PL", "EBAY_SG", "EBAY_TW",
        "EBAY_MOTORS",
    };
}
