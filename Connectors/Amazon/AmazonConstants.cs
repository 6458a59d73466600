namespace CrossBorderHub.Connectors.Amazon;

/// <summary>Every Amazon name the connector and its sandbox use: marketplace key, store settings, hosts, wire names.</summary>
public static class AmazonConstants
{
    public const string Marketplace = "amazon";

    public const string DisplayName = "Amazon";

    public const string ConfigurationSection = "Connectors:Amazon";

    public const string HttpClientName = "amazon-sp-api";

    public const string ListingsClientName = "amazon-sp-api-listings";

    public const string TokensClientName = "amazon-sp-api-tokens";

    public const string ReportsClientName = "amazon-sp-api-reports";

    /// <summary>Downloads report documents from their presigned addresses, with no SP-API token.</summary>
    public const string ReportDocumentsClientName = "amazon-report-documents";

    /// <summary>The store setting backfill's value for reading history through the order report.</summary>
    public const string ReportsBackfill = "reports";

    public const string TokenClientName = "amazon-lwa";

    /// <summary>Login with Amazon token endpoint; the refresh-token grant is posted here.</summary>
    public const string TokenPath = "/auth/o2/token";

    /// <summary>The consent page on a marketplace's Seller Central where a seller authorizes an app (website authorization workflow).</summary>
    public const string ConsentPath = "/apps/authorize/consent";

    public const string AccessTokenHeader = "x-amz-access-token";

    /// <summary>The operation's current rate in requests per second, sent "when available".</summary>
    public const string RateLimitHeader = "x-amzn-RateLimit-Limit";

    public const string SearchOrdersPath = "/orders/2026-01-01/orders";

    public const string GetOrdersPath = "/orders/v0/orders";

    public const string OrdersApi2026 = "2026-01-01";

    public const string OrdersApiV0 = "v0";

    /// <summary>Listings Items API 2021-08-01: /listings/2021-08-01/items/{sellerId}[/{sku}].</summary>
    public const string ListingsItemsPath = "/listings/2021-08-01/items";

    public const string InventorySummariesPath = "/fba/inventory/v1/summaries";

    public const string RestrictedDataTokenPath = "/tokens/2021-03-01/restrictedDataToken";

    public const string ReportsPath = "/reports/2021-06-30/reports";

    public const string ReportDocumentsPath = "/reports/2021-06-30/documents";

    /// <summary>fulfillment_channel_code of stock the seller ships (merchant fulfilled); Amazon's own channels are AMAZON_NA, AMAZON_EU, ...</summary>
    public const string MerchantChannel = "DEFAULT";

    /// <summary>Location id prefix of stock held by Fulfillment by Amazon, followed by the marketplace id it is counted for.</summary>
    public const string FbaLocationPrefix = "AFN:";

    /// <summary>The Login with Amazon host every region shares.</summary>
    public static readonly Uri LwaHost = new("https://api.amazon.com");

    /// <summary>The placeholder base address the Refit client is built with; each request is sent to its store's host.</summary>
    public static readonly Uri PlaceholderBaseAddress = new("https://sellingpartnerapi.invalid");

    /// <summary>The three regional SP-API hosts (developer-docs.amazon.com/sp-api/docs/sp-api-endpoints).</summary>
    public static IReadOnlyDictionary<string, Uri> RegionHosts { get; } = new Dictionary<string, Uri>(StringComparer.Ordinal)
    {
        ["na"] = new("https://sellingpartnerapi-na.amazon.com"),
        ["eu"] = new("https://sellingpartnerapi-eu.amazon.com"),
        ["fe"] = new("https://sellingpartnerapi-fe.amazon.com"),
    };

    public const string ProductionEnvironment = "production";

    public const string SandboxEnvironment = "sandbox";

    /// <summary>The regions' SP-API sandbox hosts (developer-docs.amazon.com/sp-api/docs/sp-api-sandbox): the production host with a sandbox. prefix.</summary>
    public static IReadOnlyDictionary<string, Uri> SandboxRegionHosts { get; } = new Dictionary<string, Uri>(StringComparer.Ordinal)
    {
        ["na"] = new("https://sandbox.sellingpartnerapi-na.amazon.com"),
        ["eu"] = new("https://sandbox.sellingpartnerapi-eu.amazon.com"),
        ["fe"] = new("https://sandbox.sellingpartnerapi-fe.amazon.com"),
    };

    /// <summary>Operation names the rate budgets are kept under, with the published default usage plans.</summary>
    public static class Operations
    {
        public const string SearchOrders = "searchOrders";
        public const string GetOrders = "getOrders";
        public const string GetOrder = "getOrder";
        public const string GetOrderItems = "getOrderItems";
        public const string ConfirmShipment = "confirmShipment";
        public const string SearchListingsItems = "searchListingsItems";
        public const string GetListingsItem = "getListingsItem";
        public const string PatchListingsItem = "patchListingsItem";
        public const string GetInventorySummaries = "getInventorySummaries";
        public const string CreateRestrictedDataToken = "createRestrictedDataToken";
        public const string CreateReport = "createReport";
        public const string GetReport = "getReport";
        public const string GetReportDocument = "getReportDocument";

        /// <summary>(rate per second, burst) of each operation's default usage plan.</summary>
        public static (double Rate, int Burst) UsagePlan(string operation) => operation switch
        {
            SearchOrders => (0.0056, 20),
            GetOrders => (0.0167, 20),
            GetOrder => (0.5, 30),
            GetOrderItems => (0.5, 30),
            ConfirmShipment => (2, 10),
            SearchListingsItems => (5, 5),
            GetListingsItem => (5, 10),
            PatchListingsItem => (5, 5),
            GetInventorySummaries => (2, 2),
            CreateRestrictedDataToken => (1, 10),
            CreateReport => (0.0167, 15),
            GetReport => (2, 15),
            GetReportDocument => (0.0167, 15),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "No published usage plan is known for this operation."),
        };
    }
}
