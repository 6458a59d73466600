using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>What an <see cref="AmazonSandbox"/> simulates: a seller's orders, the app's LWA credentials, the clock, usage plans and faults.</summary>
public sealed record AmazonSandboxOptions
{
    /// <summary>Everything generated follows from this seed: same seed, same seller.</summary>
    public int Seed { get; init; } = 1;

    public int OrderCount { get; init; } = 100;

    public string MarketplaceId { get; init; } = "ATVPDKIKX0DER";

    public string Currency { get; init; } = "USD";

    /// <summary>The SP-API application Seller Central's consent page accepts (application_id).</summary>
    public string ApplicationId { get; init; } = "amzn1.sp.solution.sandbox";

    /// <summary>Whether that application is in draft status: its consent page then needs version=beta.</summary>
    public bool DraftApplication { get; init; }

    /// <summary>The app's registered OAuth redirect URIs (the first is the default); empty accepts any http(s) redirect_uri.</summary>
    public IReadOnlyList<Uri> RedirectUris { get; init; } = [];

    /// <summary>The selling partner (merchant token) who authorizes the app on the consent page.</summary>
    public string SellingPartnerId { get; init; } = "A2SANDBOXSELLER";

    /// <summary>The MWS auth token Amazon adds for a hybrid app; null for an SP-API-only app (the parameter is left out).</summary>
    public string? MwsAuthToken { get; init; } = "amzn.mws.sandbox-0000-0000";

    /// <summary>How long an spapi_oauth_code can be exchanged: five minutes, as Amazon documents.</summary>
    public TimeSpan AuthorizationCodeLifetime { get; init; } = TimeSpan.FromMinutes(5);

    public string ClientId { get; init; } = "amzn1.application-oa2-client.sandbox";

    public string ClientSecret { get; init; } = "amzn1.oa2-cs.v1.sandbox";

    public string RefreshToken { get; init; } = "Atzr|sandbox-refresh";

    /// <summary>The access token the token endpoint hands out and SP-API accepts.</summary>
    public string AccessToken { get; init; } = "Atza|sandbox-access";

    /// <summary>Whether the seller granted the app the restricted role: false answers createRestrictedDataToken with 403.</summary>
    public bool GrantsRestrictedData { get; init; } = true;

    /// <summary>The Restricted Data Token createRestrictedDataToken hands out; getOrders sent with it includes buyer names and street lines.</summary>
    public string RestrictedDataToken { get; init; } = "Atz.sprdt|sandbox-restricted";

    /// <summary>createRestrictedDataToken's usage plan: rate 1/s, burst 10 as published.</summary>
    public SandboxRateLimit RestrictedDataTokenPlan { get; init; } = new(10, 1);

    /// <summary>createReport's usage plan: rate 0.0167/s, burst 15 as published.</summary>
    public SandboxRateLimit CreateReportPlan { get; init; } = new(15, 0.0167);

    /// <summary>getReport's usage plan: rate 2/s, burst 15 as published.</summary>
    public SandboxRateLimit GetReportPlan { get; init; } = new(15, 2);

    /// <summary>getReportDocument's usage plan: rate 0.0167/s, burst 15 as published.</summary>
    public SandboxRateLimit GetReportDocumentPlan { get; init; } = new(15, 0.0167);

    /// <summary>How many getReport polls answer IN_QUEUE / IN_PROGRESS before the report is DONE.</summary>
    public int ReportPollsBeforeDone { get; init; } = 2;

    /// <summary>expires_in of every access token handed out.</summary>
    public int ExpiresInSeconds { get; init; } = 3600;

    /// <summary>Order visibility and the usage plans run on this clock; an order exists once its createdTime is not after now.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>createdTime (and first lastUpdatedTime) of order 0; order i is created at OrdersStartAt + i × OrderInterval.</summary>
    public DateTimeOffset OrdersStartAt { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan OrderInterval { get; init; } = TimeSpan.FromMinutes(1);

    public int MaxItemsPerOrder { get; init; } = 3;

    /// <summary>searchOrders' usage plan: rate 0.0056/s, burst 20 as published; <see cref="SandboxRateLimit.Off"/> answers every call.</summary>
    public SandboxRateLimit SearchOrdersPlan { get; init; } = new(20, 0.0056);

    /// <summary>confirmShipment's usage plan: rate 2/s, burst 10 as published.</summary>
    public SandboxRateLimit ConfirmShipmentPlan { get; init; } = new(10, 2);

    /// <summary>getOrder's usage plan: rate 0.5/s, burst 30 as published.</summary>
    public SandboxRateLimit GetOrderPlan { get; init; } = new(30, 0.5);

    /// <summary>v0 getOrders' usage plan: rate 0.0167/s, burst 20 as published.</summary>
    public SandboxRateLimit GetOrdersPlan { get; init; } = new(20, 0.0167);

    /// <summary>v0 getOrderItems' usage plan: rate 0.5/s, burst 30 as published.</summary>
    public SandboxRateLimit GetOrderItemsPlan { get; init; } = new(30, 0.5);

    /// <summary>The seller's listings: SKU-000, SKU-001, ... (the SKUs orders sell).</summary>
    public int ListingCount { get; init; } = 50;

    /// <summary>Every n-th listing (0, n, 2n, ...) is fulfilled by Amazon and shows in FBA inventory; 0 for none.</summary>
    public int FbaEvery { get; init; } = 5;

    /// <summary>lastUpdatedDate of listing 0; listing i was last updated <see cref="ListingInterval"/> × i later.</summary>
    public DateTimeOffset ListingsUpdatedAt { get; init; } = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan ListingInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long an FBA nextToken stays good after it is issued: 30 seconds, as Amazon documents.</summary>
    public TimeSpan FbaTokenLifetime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>searchListingsItems' usage plan: rate 5/s, burst 5 as published.</summary>
    public SandboxRateLimit SearchListingsItemsPlan { get; init; } = new(5, 5);

    /// <summary>getListingsItem's usage plan: rate 5/s, burst 10 as published.</summary>
    public SandboxRateLimit GetListingsItemPlan { get; init; } = new(10, 5);

    /// <summary>patchListingsItem's usage plan: rate 5/s, burst 5 as published.</summary>
    public SandboxRateLimit PatchListingsItemPlan { get; init; } = new(5, 5);

    /// <summary>getInventorySummaries' usage plan: rate 2/s, burst 2 as published.</summary>
    public SandboxRateLimit InventorySummariesPlan { get; init; } = new(2, 2);

    public AmazonFaultPlan Faults { get; init; } = AmazonFaultPlan.None;

    /// <summary>Keep a log of every request (off for long benchmarks).</summary>
    public bool LogRequests { get; init; } = true;
}
