using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

/// <summary>The demo's Amazon seller account: orders arriving at the demo's pace, read through searchOrders.</summary>
internal sealed class AmazonDemoMarketplace : IDemoMarketplace
{
    private const string StoreName = "Demo Amazon store";

    public DemoStore Start(DemoPace pace)
    {
        var options = new AmazonSandboxOptions
        {
            Seed = pace.Seed,
            OrderCount = 1_000_000,
            TimeProvider = pace.Clock,
            OrdersStartAt = pace.FirstOrderAt,
            OrderInterval = pace.NewOrderEvery,
            LogRequests = false,

            // Amazon's own sandbox plan (rate 5/s, burst 15): x-amzn-RateLimit-Limit tells the connector, so a newcomer
            // sees the first orders within seconds instead of at searchOrders' 0.0056/s.
            SearchOrdersPlan = new SandboxRateLimit(15, 5),
        };
        var sandbox = AmazonSandbox.Start(options);
        return new DemoStore(
            AmazonConstants.Marketplace,
            AmazonConstants.DisplayName,
            StoreName,
            new Dictionary<string, string> { ["region"] = "na", ["marketplaceIds"] = options.MarketplaceId, ["sellerId"] = "A2DEMOSELLER" },
            new Dictionary<string, string>
            {
                ["clientId"] = options.ClientId,
                ["clientSecret"] = options.ClientSecret,
                ["refreshToken"] = options.RefreshToken,
            },
            sandbox.Url,
            sandbox.Url,
            sandbox);
    }
}
