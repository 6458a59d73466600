using CrossBorderHub.Connectors.SandboxKit;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>The sandbox's leaky bucket. Defaults: Shopify's Standard plan, 100 points/s restore.</summary>
public sealed record ShopifySandboxThrottle
{
    public static ShopifySandboxThrottle Standard { get; } = new();

    public static ShopifySandboxThrottle Off { get; } = new() { Enabled = false };

    public bool Enabled { get; init; } = true;

    public double MaximumAvailable { get; init; } = 2000;

    public double RestoreRate { get; init; } = 100;

    internal SandboxRateLimit ToRateLimit() => new(MaximumAvailable, RestoreRate, Enabled);
}
