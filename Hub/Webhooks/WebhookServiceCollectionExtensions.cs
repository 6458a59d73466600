namespace CrossBorderHub.Hub.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// The marketplaces' push endpoint: options from "Webhooks" (validated at start; the public address is the consent flow's
    /// <c>Connect:PublicBaseUrl</c>), the receiver that verifies and stores pushes, and the processor that starts their syncs.
    /// Needs the connectors' <c>AddMarketplaceWebhooks</c>, the hub's persistence and the sync scheduler.
    /// </summary>
    public static IServiceCollection AddHubWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<WebhookQueue>();
        services.AddSingleton<WebhookMetrics>();
        services.AddSingleton<WebhookReceiver>();
        services.AddHostedService<WebhookProcessor>();
        return services;
    }
}
