namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>What a <see cref="ShopifySandbox"/> simulates: a store's data, its credentials, its clock, throttle and faults.</summary>
public sealed record ShopifySandboxOptions
{
    /// <summary>Everything generated follows from this seed: same seed, same store.</summary>
    public int Seed { get; init; } = 1;

    public int OrderCount { get; init; } = 100;

    public int ProductCount { get; init; } = 20;

    public int LocationCount { get; init; } = 2;

    /// <summary>Most line items an order can have (at least 1). Above the connector's first page, follow-ups are needed.</summary>
    public int MaxLineItemsPerOrder { get; init; } = 5;

    /// <summary>Most variants a product can have (at least 1). Above the connector's first page, follow-ups are needed.</summary>
    public int MaxVariantsPerProduct { get; init; } = 4;

    public string ShopDomain { get; init; } = "sandbox.myshopify.com";

    /// <summary>The token requests must carry in X-Shopify-Access-Token; anything else gets Shopify's 401.</summary>
    public string AccessToken { get; init; } = "shpat_sandbox";

    /// <summary>The shop currency: every shopMoney amount is in it.</summary>
    public string ShopCurrency { get; init; } = "USD";

    /// <summary>Order visibility and the bucket run on this clock; an order is visible once its createdAt is not after now.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>createdAt (and first updatedAt) of order 0; order i is created at OrdersStartAt + i × OrderInterval.</summary>
    public DateTimeOffset OrdersStartAt { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan OrderInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>updatedAt of product 0; product j was last updated at ProductsStartAt + j × ProductInterval.</summary>
    public DateTimeOffset ProductsStartAt { get; init; } = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan ProductInterval { get; init; } = TimeSpan.FromMinutes(10);

    public ShopifySandboxThrottle Throttle { get; init; } = ShopifySandboxThrottle.Standard;

    public ShopifyFaultPlan Faults { get; init; } = ShopifyFaultPlan.None;

    /// <summary>How bulk operations run: polls until done, sandbox-clock run time, and their faults.</summary>
    public ShopifySandboxBulk Bulk { get; init; } = ShopifySandboxBulk.Default;

    /// <summary>The app a seller authorizes on the consent page (/admin/oauth/authorize) and whose secret signs webhooks.</summary>
    public ShopifySandboxApp App { get; init; } = new();

    /// <summary>
    /// Shopify sends a seller who cancels on the grant screen back to the shop admin and tells the app nothing (the
    /// default here too). True instead sends the browser to the app's redirect_uri with a signed
    /// <c>error=access_denied</c> and the state: not Shopify's behaviour, for hub tests that need every marketplace to
    /// report a decline to its callback.
    /// </summary>
    public bool DeclineRedirectsToApp { get; init; }

    /// <summary>Keep a log of every request (off for long benchmarks).</summary>
    public bool LogRequests { get; init; } = true;
}
