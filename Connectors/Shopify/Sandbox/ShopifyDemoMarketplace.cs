using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>The demo's Shopify store: orders arriving at the demo's pace, a catalog and stock at three locations.</summary>
internal sealed class ShopifyDemoMarketplace : IDemoMarketplace
{
    private const string StoreName = "Demo Shopify store";
    private const string ShopDomain = "crossborder-demo.myshopify.com";
    private const string AccessToken = "shpat_demo_token";

    public DemoStore Start(DemoPace pace)
    {
        var sandbox = ShopifySandbox.Start(new ShopifySandboxOptions
        {
            Seed = pace.Seed,
            OrderCount = 1_000_000,
            ProductCount = 40,
            LocationCount = 3,
            ShopDomain = ShopDomain,
            AccessToken = AccessToken,
            TimeProvider = pace.Clock,
            OrdersStartAt = pace.FirstOrderAt,
            OrderInterval = pace.NewOrderEvery,
            ProductsStartAt = pace.Clock.GetUtcNow() - TimeSpan.FromDays(30),
            LogRequests = false,

            // A Shopify Plus store's bucket, so a newcomer sees the first few hundred orders within seconds.
            Throttle = new ShopifySandboxThrottle { MaximumAvailable = 20_000, RestoreRate = 1_000 },
        });
        return new DemoStore(
            ShopifyConstants.Marketplace,
            "Shopify",
            StoreName,
            new Dictionary<string, string> { [ShopifyConstants.ShopDomainSetting] = ShopDomain },
            new Dictionary<string, string> { [ShopifyConstants.AccessTokenCredential] = AccessToken },
            sandbox.Url,
            authUrl: null,
            sandbox);
    }
}
