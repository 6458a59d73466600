namespace CrossBorderHub.Connectors.Shopify;

/// <summary>Every Shopify name the connector and its sandbox use: marketplace key, store settings, wire names.</summary>
/// <remarks>
/// Admin API version pinned to 2026-10. Every selected field was checked against Shopify's introspection export
/// (Shopify/dev-mcp data/admin_schema_2025-01.json.gz) and against shopify.dev's 2026-10 reference pages for the
/// enums that changed since (ProductStatus gained UNLISTED in 2025-10; OrderDisplayFulfillmentStatus gained
/// FULFILLMENT_NOT_REQUIRED by 2026-10). ProductVariant.weight and harmonizedSystemCode are read from InventoryItem.
/// </remarks>
public static class ShopifyConstants
{
    public const string Marketplace = "shopify";

    public const string ApiVersion = "2026-10";

    public const string GraphQLPath = "/admin/api/" + ApiVersion + "/graphql.json";

    public const string ConfigurationSection = "Connectors:Shopify";

    /// <summary>Store setting: the shop's permanent domain, e.g. "acme.myshopify.com".</summary>
    public const string ShopDomainSetting = "shopDomain";

    /// <summary>Store credential: the Admin API access token.</summary>
    public const string AccessTokenCredential = "accessToken";

    public const string AccessTokenHeader = "X-Shopify-Access-Token";

    public const string MyShopifySuffix = ".myshopify.com";

    /// <summary>Shopify refuses a single query whose requested cost exceeds this.</summary>
    public const int MaxSingleQueryCost = 1000;

    /// <summary>Shopify caps first/last on a connection at 250.</summary>
    public const int MaxPageSize = 250;

    public const string HttpClientName = "shopify-admin";

    /// <summary>How messages name the marketplace.</summary>
    public const string DisplayName = "Shopify";

    /// <summary>The rate-budget operation every Admin GraphQL call spends: one cost bucket per store.</summary>
    public const string AdminGraphQLOperation = "admin-graphql";

    /// <summary>The placeholder base address the Refit client is built with; each request is sent to its store's host.</summary>
    public static readonly Uri PlaceholderBaseAddress = new("https://shopify.invalid");

    public static class ErrorCodes
    {
        public const string Throttled = "THROTTLED";
        public const string AccessDenied = "ACCESS_DENIED";
        public const string UndefinedField = "undefinedField";
        public const string MaxCostExceeded = "MAX_COST_EXCEEDED";
    }

    public static class QuantityNames
    {
        public const string Available = "available";
        public const string OnHand = "on_hand";
    }

    public static class SortKeys
    {
        public const string UpdatedAt = "UPDATED_AT";
    }

    /// <summary>Search syntax field for the updated-at filter, e.g. updated_at:&gt;='2026-01-01T00:00:00Z'.</summary>
    public const string UpdatedAtFilterField = "updated_at";
}
