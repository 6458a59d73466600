using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Connectors.SandboxKit.Demo;

/// <summary>What the host's demo registration returns, so each marketplace's sandbox can add its demo store to it.</summary>
public interface IDemoBuilder
{
    IServiceCollection Services { get; }

    /// <summary>False when the demo is off: marketplaces then register nothing.</summary>
    bool Enabled { get; }
}
