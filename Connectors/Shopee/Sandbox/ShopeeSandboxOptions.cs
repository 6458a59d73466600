using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>What a <see cref="ShopeeSandbox"/> simulates: a shop's orders, its partner and tokens, its clock, rate limit and faults.</summary>
public sealed record ShopeeSandboxOptions
{
    /// <summary>Everything generated follows from this seed: same seed, same shop.</summary>
    public int Seed { get; init; } = 1;

    public int OrderCount { get; init; } = 100;

    public long PartnerId { get; init; } = 2_001_887;

    /// <summary>The partner key every request's sign is checked with; a wrong sign gets error_sign.</summary>
    public string PartnerKey { get; init; } = "sandbox-partner-key";

    public long ShopId { get; init; } = 60_021_345;

    /// <summary>The access token first accepted; a refresh replaces it.</summary>
    public string AccessToken { get; init; } = "sandbox-access-token";

    /// <summary>The refresh token first accepted: single-use, a refresh replaces it.</summary>
    public string RefreshToken { get; init; } = "sandbox-refresh-token";

    /// <summary>The shop currency: every amount is a number in it.</summary>
    public string Currency { get; init; } = "SGD";

    /// <summary>Order visibility, the rate limit and the authorization codes' 10 minutes run on this clock; an order is listed once its create_time is not after now.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>create_time (and first update_time) of order 0; order i is created at OrdersStartAt + i × OrderInterval.</summary>
    public DateTimeOffset OrdersStartAt { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan OrderInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How many items the shop lists.</summary>
    public int ItemCount { get; init; } = 20;

    /// <summary>update_time of item 0 until its stock is set; item i is at ItemsStartAt + i × ItemInterval.</summary>
    public DateTimeOffset ItemsStartAt { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan ItemInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The shop's warehouse location ids for seller stock; empty (the default) for a shop without warehouses, which sends no location_id.</summary>
    public IReadOnlyList<string> SellerLocations { get; init; } = [];

    /// <summary>The shop's name, as the consent page and get_shop_info show it.</summary>
    public string ShopName { get; init; } = "Sandbox Shopee shop";

    /// <summary>The shop's region, as get_shop_info answers it.</summary>
    public string Region { get; init; } = "SG";

    /// <summary>Requests per second and burst per shop; Off by default (Shopee publishes no figure).</summary>
    public SandboxRateLimit RateLimit { get; init; } = SandboxRateLimit.Off;

    public ShopeeFaultPlan Faults { get; init; } = ShopeeFaultPlan.None;

    /// <summary>Keep a log of every request (off for long benchmarks).</summary>
    public bool LogRequests { get; init; } = true;
}
