using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

public static class ShopifyDemoExtensions
{
    /// <summary>Adds a simulated Shopify store to the demo (nothing when the demo is off).</summary>
    public static IDemoBuilder AddShopifyDemoStore(this IDemoBuilder demo) => demo.AddDemoMarketplace<ShopifyDemoMarketplace>();
}
