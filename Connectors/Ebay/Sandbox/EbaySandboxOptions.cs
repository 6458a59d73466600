using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

public sealed record EbaySandboxOptions
{
    public int Seed { get; init; } = 1;

    public int OrderCount { get; init; } = 100;

    /// <summary>Inventory items the seller has (SKUs EB-001 and on, the SKUs its orders' lines carry).</summary>
    public int ItemCount { get; init; } = 60;

    /// <summary>Per-SKU refusals bulkUpdatePriceQuantity answers instead of applying the update.</summary>
    public IReadOnlyDictionary<string, EbaySandboxSkuError> SkuErrors { get; init; } = new Dictionary<string, EbaySandboxSkuError>();

    public string MarketplaceId { get; init; } = "EBAY_US";

    public string ClientId { get; init; } = "sandbox-app-id";

    public string ClientSecret { get; init; } = "sandbox-cert-id";

    public string RefreshToken { get; init; } = "v^1.1#sandbox-refresh-token";

    /// <summary>The consenting seller's immutable user id, as Commerce Identity getUser names it.</summary>
    public string UserId { get; init; } = "sbx-user-7d3f1a92c4e8";

    /// <summary>The consenting seller's username.</summary>
    public string Username { get; init; } = "sandbox_seller";

    /// <summary>The app's RuNames and where each sends the browser; <see cref="EbaySandbox.AddRuName"/> adds more.</summary>
    public IReadOnlyDictionary<string, EbaySandboxRuName> RuNames { get; init; } = new Dictionary<string, EbaySandboxRuName>();

    /// <summary>How long an authorization code may be exchanged (eBay's consent redirect says expires_in=299).</summary>
    public TimeSpan AuthorizationCodeLifetime { get; init; } = TimeSpan.FromSeconds(299);

    /// <summary>Seconds an issued user access token lives (eBay: 7200).</summary>
    public int AccessTokenLifetimeSeconds { get; init; } = 7200;

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>When order 0 is created; null: <see cref="OrderInterval"/> × count before now, so all exist.</summary>
    public DateTimeOffset? OrdersStartAt { get; init; }

    public TimeSpan OrderInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The Fulfillment API's limit as a bucket of calls: eBay's default 100,000 a day, a burst of 500.</summary>
    public SandboxRateLimit RateLimit { get; init; } = new(500, 100_000 / 86_400d);

    /// <summary>The Inventory API's limit: eBay's default 2,000,000 calls a day (unconfirmed), a burst of 500.</summary>
    public SandboxRateLimit InventoryRateLimit { get; init; } = new(500, 2_000_000 / 86_400d);

    public EbayFaultPlan Faults { get; init; } = EbayFaultPlan.None;
}
