using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>What a <see cref="TikTokShopSandbox"/> simulates: a shop's orders, its app and tokens, its clock, rate limit and faults.</summary>
public sealed record TikTokShopSandboxOptions
{
    /// <summary>Everything generated follows from this seed: same seed, same shop.</summary>
    public int Seed { get; init; } = 1;

    public int OrderCount { get; init; } = 100;

    public string AppKey { get; init; } = "sandbox_app_key";

    /// <summary>The key every request's signature must be made with; a request signed otherwise is refused.</summary>
    public string AppSecret { get; init; } = "sandbox_app_secret";

    public string ShopId { get; init; } = "7494000000000000001";

    public string ShopCipher { get; init; } = "ROW_sandbox_cipher";

    public string ShopName { get; init; } = "Sandbox shop";

    /// <summary>The shop's region in the authorized shops list, and the shop_region the consent page sends back.</summary>
    public string ShopRegion { get; init; } = "GB";

    /// <summary>
    /// The seller's other shops the authorization also covers (listed, before the sandbox's own shop, in the authorized
    /// shops); only the sandbox's own shop answers shop-scoped calls.
    /// </summary>
    public IReadOnlyList<TikTokShopSandboxShop> OtherShops { get; init; } = [new("7494000000000000999", "Sandbox other shop", "FR", "ROW_other_cipher")];

    /// <summary>The app's service id: the consent page at /open/authorize serves only this service_id.</summary>
    public string ServiceId { get; init; } = "7100000000000000001";

    /// <summary>The redirect URL registered for the app, where the consent page sends the seller back; null: none registered.</summary>
    public Uri? RedirectUrl { get; init; }

    /// <summary>How long an authorization code can be exchanged (TikTok publishes no figure here; an assumption).</summary>
    public TimeSpan AuthorizationCodeLifetime { get; init; } = TimeSpan.FromMinutes(10);

    public string AccessToken { get; init; } = "TTP_sandbox_access";

    public string RefreshToken { get; init; } = "TTP_sandbox_refresh";

    /// <summary>How long an access token issued by refresh lives (TikTok's live about a week).</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromDays(7);

    public string Currency { get; init; } = "GBP";

    /// <summary>Order visibility and the rate limit run on this clock; an order is visible once its create_time is not after now.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>create_time of order 0; order i is created at OrdersStartAt + i × OrderInterval.</summary>
    public DateTimeOffset OrdersStartAt { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan OrderInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Products in the catalog (each with five SKUs); orders' line items name SKUs of the first eight.</summary>
    public int ProductCount { get; init; } = 20;

    /// <summary>update_time of product 0; product p was last updated p hours later (until an inventory update moves it).</summary>
    public DateTimeOffset ProductsStartAt { get; init; } = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Requests per second per shop and the burst; off by default (TikTok publishes no general figure).</summary>
    public SandboxRateLimit RateLimit { get; init; } = SandboxRateLimit.Off;

    public TikTokShopFaultPlan Faults { get; init; } = TikTokShopFaultPlan.None;

    /// <summary>Keep a log of every request (off for long benchmarks).</summary>
    public bool LogRequests { get; init; } = true;
}
