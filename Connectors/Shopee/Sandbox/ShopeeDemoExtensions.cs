using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

public static class ShopeeDemoExtensions
{
    /// <summary>Adds a simulated Shopee shop to the demo (nothing when the demo is off).</summary>
    public static IDemoBuilder AddShopeeDemoStore(this IDemoBuilder demo) => demo.AddDemoMarketplace<ShopeeDemoMarketplace>();
}
