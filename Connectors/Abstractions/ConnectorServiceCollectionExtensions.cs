using Microsoft.Extensions.Configuration;
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

    /// <summary>Binds <see cref="ConnectorHostOptions"/> from "Connectors", validated at start.</summary>
    public static IServiceCollection AddConnectorHosts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConnectorHostOptions>()
            .Bind(configuration.GetSection(ConnectorHostOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
