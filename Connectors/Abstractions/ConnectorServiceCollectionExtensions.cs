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

    /// <summary>Registers a marketplace's consent flow; each marketplace's own AddXxxConnector calls this.</summary>
    public static IServiceCollection AddMarketplaceConsent<TConsent>(this IServiceCollection services)
        where TConsent : class, IMarketplaceConsent
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMarketplaceConsent, TConsent>());
        return services;
    }

    /// <summary>Registers a marketplace's push notifications; each marketplace's own AddXxxConnector calls this.</summary>
    public static IServiceCollection AddMarketplaceWebhooks<TWebhooks>(this IServiceCollection services)
        where TWebhooks : class, IMarketplaceWebhooks
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMarketplaceWebhooks, TWebhooks>());
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
