using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrossBorderHub.Connectors;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>Registers a connector; each marketplace's own AddXxxConnector calls this.</summary>
    public static IServiceCollection AddMarketplaceConnector<TConnector>(this IServiceCollection services)
        where TConnector : class, IMarketplaceConnector
    {
        services.TryAddSingleton<IConnectorRegistry, ConnectorRegistry>();
        services.AddSingleton<TConnector>();
        services.AddSingleton<IMarketplaceConnector>(sp => sp.GetRequiredService<TConnector>());
        return services;
    }
}
