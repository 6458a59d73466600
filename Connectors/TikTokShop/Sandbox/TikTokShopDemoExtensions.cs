using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Connectors.TikTokShop.Sandbox;

public static class TikTokShopDemoExtensions
{
    /// <summary>Adds the simulated TikTok Shop to the demo (nothing when the demo is off).</summary>
    public static IDemoBuilder AddTikTokShopDemoStore(this IDemoBuilder demo) => demo.AddDemoMarketplace<TikTokShopDemoMarketplace>();
}
