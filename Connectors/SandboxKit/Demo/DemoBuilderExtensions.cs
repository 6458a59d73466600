using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderHub.Connectors.SandboxKit.Demo;

public static class DemoBuilderExtensions
{
    /// <summary>Adds a simulated marketplace to the demo (once, however often called); nothing when the demo is off.</summary>
    public static IDemoBuilder AddDemoMarketplace<TMarketplace>(this IDemoBuilder demo)
        where TMarketplace : class, IDemoMarketplace
    {
        ArgumentNullException.ThrowIfNull(demo);
        if (demo.Enabled)
        {
            demo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IDemoMarketplace, TMarketplace>());
        }

        return demo;
    }
}
