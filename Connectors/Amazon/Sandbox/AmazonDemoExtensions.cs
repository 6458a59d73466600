using CrossBorderHub.Connectors.SandboxKit.Demo;

namespace CrossBorderHub.Connectors.Amazon.Sandbox;

public static class AmazonDemoExtensions
{
    /// <summary>Adds a simulated Amazon seller account to the demo (nothing when the demo is off).</summary>
    public static IDemoBuilder AddAmazonDemoStore(this IDemoBuilder demo) => demo.AddDemoMarketplace<AmazonDemoMarketplace>();
}
