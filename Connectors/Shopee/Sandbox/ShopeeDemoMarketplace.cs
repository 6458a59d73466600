using System.Globalization;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

/// <summary>The demo's Shopee shop: orders arriving at the demo's pace, signed calls and rotating tokens.</summary>
internal sealed class ShopeeDemoMarketplace : IDemoMarketplace
{
    private const string StoreName = "Demo Shopee shop";

    public DemoStore Start(DemoPace pace)
    {
        var options = new ShopeeSandboxOptions
        {
            Seed = pace.Seed,
            OrderCount = 1_000_000,
            TimeProvider = pace.Clock,
            OrdersStartAt = pace.FirstOrderAt,
            OrderInterval = pace.NewOrderEvery,
            LogRequests = false,
            RateLimit = new SandboxRateLimit(10, 10),
        };
        var sandbox = ShopeeSandbox.Start(options);
        return new DemoStore(
            ShopeeConstants.Marketplace,
            ShopeeConstants.DisplayName,
            StoreName,
            new Dictionary<string, string>
            {
                ["partnerId"] = options.PartnerId.ToString(CultureInfo.InvariantCulture),
                ["shopId"] = options.ShopId.ToString(CultureInfo.InvariantCulture),
                ["host"] = ShopeeConstants.SandboxHost,
            },
            new Dictionary<string, string>
            {
                [ShopeeConstants.PartnerKeyCredential] = options.PartnerKey,
                [ShopeeConstants.AccessTokenCredential] = options.AccessToken,
                [ShopeeConstants.RefreshTokenCredential] = options.RefreshToken,
            },
            sandbox.Url,
            authUrl: null,
            sandbox);
    }
}
