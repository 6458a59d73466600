using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

/// <summary>The demo's TikTok Shop: orders arriving at the demo's pace, signed calls checked, tokens refreshable.</summary>
internal sealed class TikTokShopDemoMarketplace : IDemoMarketplace
{
    private const string StoreName = "Demo TikTok Shop";

    public DemoStore Start(DemoPace pace)
    {
        var sandbox = TikTokShopSandbox.Start(new TikTokShopSandboxOptions
        {
            Seed = pace.Seed,
            OrderCount = 1_000_000,
            AppKey = "demo_app_key",
            AppSecret = "demo_app_secret",
            AccessToken = "TTP_demo_access",
            RefreshToken = "TTP_demo_refresh",
            TimeProvider = pace.Clock,
            OrdersStartAt = pace.FirstOrderAt,
            OrderInterval = pace.NewOrderEvery,
            LogRequests = false,
            RateLimit = new SandboxRateLimit(Capacity: 50, RestorePerSecond: 20),
        });
        return new DemoStore(
            TikTokShopConstants.Marketplace,
            TikTokShopConstants.DisplayName,
            StoreName,
            sandbox.Settings(withShopCipher: false),
            sandbox.Credentials(),
            sandbox.Url,
            sandbox.Url,
            sandbox);
    }
}
