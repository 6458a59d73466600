namespace CrossBorderHub.Hub.Webhooks;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// The marketplaces' push endpoint: options from "Webhooks" (validated at start; the public address from
    /// <c>Connect:PublicBaseUrl</c>), the receiver that verifies and stores pushes, and the processor that starts their syncs.
    /// Needs the connectors' <c>AddMarketplaceWebhooks</c>, the hub's persistence and the sync scheduler.
    /// </summary>
    public static IServiceCollection AddHubWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.Section))
            .Configure(o => o.PublicBaseUrl ??= Uri.TryCreate(configuration[WebhookOptions.PublicBaseUrlKey], UriKind.Absolute, out var url) ? url : null)
            .Validate(o => o.PublicBaseUrl is null || o.PublicBaseUrl.Scheme == Uri.UriSchemeHttps || o.PublicBaseUrl.Scheme == Uri.UriSchemeHttp,
                $"{WebhookOptions.PublicBaseUrlKey} must be an absolute http(s) URL.")
            .Validate(o => string.IsNullOrWhiteSpace(configuration[WebhookOptions.PublicBaseUrlKey]) || o.PublicBaseUrl is not null,
                $"{WebhookOptions.PublicBaseUrlKey} must be an absolute http(s) URL.")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IWebhookApps, ConfiguredWebhookApps>();
        services.AddSingleton<WebhookQueue>();
        services.AddSingleton<WebhookMetrics>();
        services.AddSingleton<WebhookReceiver>();
        services.AddHostedService<WebhookProcessor>();
        return services;
    }
}
