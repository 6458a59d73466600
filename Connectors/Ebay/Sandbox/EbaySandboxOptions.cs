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
