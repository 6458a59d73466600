using CrossBorderHub.Connectors.Shopify.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Hub.Tests.Infrastructure;

public static class Sandboxes
{
    /// <summary>The sandbox's clock, a year after its last order, so every generated order is visible.</summary>
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero));

    public static ShopifySandbox Shopify(int orders, int seed, ShopifyFaultPlan? faults = null, bool throttle = false, string? domain = null) =>
        ShopifySandbox.Start(new ShopifySandboxOptions
        {
            Seed = seed,
            OrderCount = orders,
            ProductCount = 25,
            LocationCount = 2,
            ShopDomain = domain ?? $"store-{seed}.myshopify.com",
            TimeProvider = Clock(),
            Throttle = throttle ? ShopifySandboxThrottle.Standard : ShopifySandboxThrottle.Off,
            Faults = faults ?? ShopifyFaultPlan.None,
        });
}
