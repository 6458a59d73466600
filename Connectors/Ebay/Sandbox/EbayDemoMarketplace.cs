using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

/// <summary>The demo's eBay seller on EBAY_US: orders arriving at the demo's pace, behind the published daily call limit.</summary>
internal sealed class EbayDemoMarketplace : IDemoMarketplace
{
    private const string StoreName = "Demo eBay store";
    private const string MarketplaceId = "EBAY_US";

    public DemoStore Start(DemoPace pace)
    {
        var options = new EbaySandboxOptions
        {
            Seed = pace.Seed,
            OrderCount = 1_000_000,
            MarketplaceId = MarketplaceId,
            TimeProvider = pace.Clock,
            OrdersStartAt = pace.FirstOrderAt,
            OrderInterval = pace.NewOrderEvery,
            RateLimit = new SandboxRateLimit(500, 100_000 / 86_400d),
        };
        var sandbox = EbaySandbox.Start(options);
        return new DemoStore(
            EbayConstants.Marketplace,
            "eBay",
            StoreName,
            new Dictionary<string, string> { [EbayConstants.MarketplaceIdSetting] = MarketplaceId, [EbayConstants.EnvironmentSetting] = EbayConstants.Sandbox },
            new Dictionary<string, string>
            {
                [EbayConstants.ClientIdCredential] = options.ClientId,
                [EbayConstants.ClientSecretCredential] = options.ClientSecret,
                [EbayConstants.RefreshTokenCredential] = options.RefreshToken,
            },
            sandbox.Url,
            sandbox.Url,
            sandbox);
    }
}
