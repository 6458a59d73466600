namespace CrossBorderHub.Connectors.Ebay;

/// <summary>Every eBay name the connector and its sandbox use: marketplace key, store settings, hosts, wire names.</summary>
public static class EbayConstants
{
    public const string Marketplace = "ebay";

    public const string DisplayName = "eBay";

    public const string ConfigurationSection = "Connectors:Ebay";

    public const string MarketplaceIdSetting = "marketplaceId";

    public const string EnvironmentSetting = "environment";

    public const string UserIdSetting = "userId";

    public const string ClientIdCredential = "clientId";

    public const string ClientSecretCredential = "clientSecret";

    public const string RefreshTokenCredential = "refreshToken";

    public const string Production = "production";

    public const string Sandbox = "sandbox";

    public static readonly Uri ProductionApi = new("https://api.ebay.com");

    public static readonly Uri SandboxApi = new("https://api.sandbox.ebay.com");

    /// <summary>The Commerce Identity API's own host (apiz, not api).</summary>
    public static readonly Uri ProductionIdentityApi = new("https://apiz.ebay.com");

    public static readonly Uri SandboxIdentityApi = new("https://apiz.sandbox.ebay.com");

    /// <summary>The Grant Application Access page the seller consents on.</summary>
    public static readonly Uri ProductionConsent = new("https://auth.ebay.com");

    public static readonly Uri SandboxConsent = new("https://auth.sandbox.ebay.com");

    public const string ConsentPath = "/oauth2/authorize";

    /// <summary>Commerce Identity getUser: the consenting user's immutable userId and username.</summary>
    public const string UserPath = "/commerce/identity/v1/user/";

    public const string TokenPath = "/identity/v1/oauth2/token";

    public const string OrdersPath = "/sell/fulfillment/v1/order";

    public const string ShippingFulfillmentPath = "/sell/fulfillment/v1/order/{orderId}/shipping_fulfillment";

    public const string InventoryItemsPath = "/sell/inventory/v1/inventory_item";

    public const string OffersPath = "/sell/inventory/v1/offer";

    public const string BulkUpdatePriceQuantityPath = "/sell/inventory/v1/bulk_update_price_quantity";

    /// <summary>getRateLimits (Developer Analytics API): the application's quotas and what is left of them.</summary>
    public const string RateLimitsPath = "/developer/analytics/v1_beta/rate_limit/";

    public const string MarketplaceIdHeader = "X-EBAY-C-MARKETPLACE-ID";

    /// <summary>The user-token scopes the connector asks for on refresh (space-separated, as OAuth spells a scope list).</summary>
    public const string Scopes = "https://api.ebay.com/oauth/api_scope/sell.fulfillment https://api.ebay.com/oauth/api_scope/sell.inventory";

    /// <summary>Scope of Commerce Identity getUser, which names the consenting seller's immutable user id.</summary>
    public const string IdentityScope = "https://api.ebay.com/oauth/api_scope/commerce.identity.readonly";

    /// <summary>What a seller consents to by default: the refresh scopes plus the identity read.</summary>
    public const string ConsentScopes = Scopes + " " + IdentityScope;

    /// <summary>Every OAuth scope URI starts with this.</summary>
    public const string ScopePrefix = "https://api.ebay.com/oauth/api_scope";

    /// <summary>The application-token scope getRateLimits asks for (client-credentials grant).</summary>
    public const string ApplicationScope = "https://api.ebay.com/oauth/api_scope";

    /// <summary>getOrders caps limit at 200 (default 50).</summary>
    public const int MaxOrdersPageSize = 200;

    /// <summary>getInventoryItems caps limit at 200 (default 25).</summary>
    public const int MaxInventoryPageSize = 200;

    /// <summary>
    /// bulkUpdatePriceQuantity's cap: the <c>requests</c> field takes "up to 25" inventory items (BulkPriceQuantity in the
    /// Inventory API contract 1.18.5); the method's prose also says one SKU per call, which its own schema contradicts.
    /// </summary>
    public const int MaxPriceQuantityRequests = 25;

    /// <summary>
    /// The location id of an item's ship-to-home quantity: the Inventory API keeps one total per SKU for all the seller's
    /// marketplaces, so a store has one stock location.
    /// </summary>
    public const string ShipToLocation = "shipToLocation";

    /// <summary>
    /// The updated-at of inventory items and levels, which the Inventory API does not date. A fixed time lets the hub's
    /// store tell changes by content: a row is rewritten (and enters the change feed) only when a sweep reads it different.
    /// </summary>
    public static readonly DateTimeOffset Undated = DateTimeOffset.UnixEpoch;

    public const string HttpClientName = "ebay-sell";

    public const string InventoryClientName = "ebay-inventory";

    public const string AnalyticsClientName = "ebay-analytics";

    public const string IdentityClientName = "ebay-identity";

    /// <summary>The rate budget key of the Fulfillment API: eBay counts calls per application and API.</summary>
    public const string FulfillmentApi = "sell.fulfillment";

    /// <summary>The rate budget key of the Inventory API.</summary>
    public const string InventoryApi = "sell.inventory";

    /// <summary>The rate budget key of the Developer Analytics API (getRateLimits).</summary>
    public const string AnalyticsApi = "developer.analytics";

    public const string IdentityApi = "identity.oauth2";

    public const string UserClientName = "ebay-commerce-identity";

    /// <summary>The consent app's values (Connect:Apps:ebay), as the hub passes them in ConsentApp.Values.</summary>
    public const string RuNameValue = "ruName";

    public const string ScopesValue = "scopes";

    /// <summary>The consent callback's authorization code and its lifetime (eBay: 299 seconds).</summary>
    public const string CodeParameter = "code";

    public const string ExpiresInParameter = "expires_in";

    /// <summary>The marketplace ids the Sell APIs accept (MarketplaceIdEnum).</summary>
    public static readonly IReadOnlySet<string> MarketplaceIds = new HashSet<string>(StringComparer.Ordinal)
    {
        "EBAY_US", "EBAY_AT", "EBAY_AU", "EBAY_BE", "EBAY_CA", "EBAY_CH", "EBAY_DE", "EBAY_ES", "EBAY_FR", "EBAY_GB",
        "EBAY_HK", "EBAY_IE", "EBAY_IN", "EBAY_IT", "EBAY_MY", "EBAY_NL", "EBAY_PH", "EBAY_PL", "EBAY_SG", "EBAY_TW",
        "EBAY_MOTORS",
    };
}
