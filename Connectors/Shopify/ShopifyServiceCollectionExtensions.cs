using System.Net.Http.Headers;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Shopify.Bulk;
using CrossBorderHub.Connectors.Shopify.Consent;
using CrossBorderHub.Connectors.Shopify.Http;
using CrossBorderHub.Connectors.Shopify.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace CrossBorderHub.Connectors.Shopify;

public static class ShopifyServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Shopify connector: options from "Connectors:Shopify" (validated at start), the Refit client on
    /// the kit's pipeline (one per store; the store's cost bucket is its rate budget; redirects never followed) and
    /// the connector itself; its consent flow (the token endpoint on the same pipeline, one per shop, a code never sent
    /// twice) and its webhooks.
    /// </summary>
    public static IServiceCollection AddShopifyConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ShopifyOptions>()
            .Bind(configuration.GetSection(ShopifyConstants.ConfigurationSection))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ShopifyCostBuckets>();
        services.TryAddSingleton<ShopifyMapper>();
        services.TryAddTransient<ShopifyAuthHandler>();
        services.TryAddTransient<ShopifyResponseHandler>();

        services
            .AddRefitGeneratedClient<IShopifyAdminApi>(Wire.ShopifyJsonContext.Default)
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = ShopifyConstants.PlaceholderBaseAddress;
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

                // Each attempt has its own timeout in the pipeline; a whole call may wait long for the bucket.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddMarketplacePipeline<ShopifyOptions>(ShopifyConstants.HttpClientName, ShopifyRequestContext.PipelineKey, Claims)
            .AddHttpMessageHandler<ShopifyAuthHandler>()
            .AddHttpMessageHandler<ShopifyResponseHandler>();

        services.TryAddTransient<ShopifyOAuthHostHandler>();
        services
            .AddRefitGeneratedClient<IShopifyOAuthApi>(Wire.ShopifyJsonContext.Default)
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = ShopifyConstants.PlaceholderBaseAddress;
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddMarketplacePipeline<ShopifyOptions>(ShopifyConsentConstants.OAuthHttpClientName, ShopifyOAuthHost.PipelineKey, _ => _ => null)
            .AddHttpMessageHandler<ShopifyOAuthHostHandler>();

        services.AddShopifyBulkDownloads();
        services.AddMarketplaceConnector<ShopifyConnector>();
        services.AddMarketplaceConsent<ShopifyConsent>();
        services.AddMarketplaceWebhooks<ShopifyWebhooks>();
        return services;
    }

    /// <summary>Shopify limits by query cost, not request count: each request spends its requested cost from its store's bucket.</summary>
    private static Func<HttpRequestMessage, RateBudgetClaim?> Claims(IServiceProvider services)
    {
        var buckets = services.GetRequiredService<ShopifyCostBuckets>();
        return request => request.Options.TryGetValue(ShopifyRequestContext.OptionKey, out var store)
            ? new RateBudgetClaim(buckets.For(store.StoreKey), store.RequestedCost, store.Meter)
            : null;
    }
}
