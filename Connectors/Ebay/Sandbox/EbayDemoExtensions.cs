using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Connectors.Ebay.Sandbox;

public static class EbayDemoExtensions
{
    /// <summary>Adds a simulated eBay store to the demo (nothing when the demo is off).</summary>
    public static IDemoBuilder AddEbayDemoStore(this IDemoBuilder demo) => demo.AddDemoMarketplace<EbayDemoMarketplace>();
}
