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

    public string ClientId { get; init; } = "amzn1.application-oa2-client.sandbox";

    public string ClientSecret { get; init; } = "amzn1.oa2-cs.v1.sandbox";

    public string RefreshToken { get; init; } = "Atzr|sandbox-refresh";

    /// <summary>The access token the token endpoint hands out and SP-API accepts.</summary>
    public string AccessToken { get; init; } = "Atza|sandbox-access";

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

    public AmazonFaultPlan Faults { get; init; } = AmazonFaultPlan.None;

    /// <summary>Keep a log of every request (off for long benchmarks).</summary>
    public bool LogRequests { get; init; } = true;
}
