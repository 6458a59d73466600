using System.Net.Http.Headers;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.TikTokShop.Http;
using CrossBorderHub.Connectors.TikTokShop.Mapping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace CrossBorderHub.Connectors.TikTokShop;

public static class TikTokShopServiceCollectionExtensions
{
    /// <summary>
    /// Registers the TikTok Shop connector: options from "Connectors:TikTokShop" (validated at start), the signed API
    /// client and the token client on the kit's pipeline (one per shop; the shop's token bucket is its rate budget;
    /// redirects never followed), the connector itself, which also serves <see cref="ITikTokShopAuthorization"/> (the code
    /// exchange and the authorized shops), and the consent flow (<see cref="TikTokShopConsent"/>). It needs an
    /// <see cref="IStoreCredentialWriter"/> (the hub's persistence).
    /// </summary>
    public static IServiceCollection AddTikTokShopConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TikTokShopOptions>()
            .Bind(configuration.GetSection(TikTokShopConstants.ConfigurationSection))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TikTokShopBudgets>();
        services.TryAddSingleton<TikTokShopMapper>();
        services.TryAddSingleton<TikTokShopTokens>();
        services.TryAddSingleton<TikTokShopCiphers>();
        services.TryAddTransient<TikTokShopSigningHandler>();
        services.TryAddTransient<TikTokShopAuthHostHandler>();
        services.TryAddTransient<TikTokShopResponseHandler>();

        services
            .AddRefitGeneratedClient<ITikTokShopApi>(Wire.TikTokShopJsonContext.Default)
            .ConfigureHttpClient(Configure)
            .AddMarketplacePipeline<TikTokShopOptions>(TikTokShopConstants.HttpClientName, TikTokShopRequestContext.PipelineKey, Claims)
            .AddHttpMessageHandler<TikTokShopSigningHandler>()
            .AddHttpMessageHandler<TikTokShopResponseHandler>();

        services
            .AddRefitGeneratedClient<ITikTokShopAuthApi>(Wire.TikTokShopJsonContext.Default)
            .ConfigureHttpClient(Configure)
            .AddMarketplacePipeline<TikTokShopOptions>(TikTokShopConstants.AuthHttpClientName, TikTokShopAuthHost.PipelineKey, _ => _ => null)
            .AddHttpMessageHandler<TikTokShopAuthHostHandler>()
            .AddHttpMessageHandler<TikTokShopResponseHandler>();

        services.AddMarketplaceConnector<TikTokShopConnector>();
        services.AddMarketplaceWebhooks<TikTokShopWebhooks>();
        services.TryAddSingleton<ITikTokShopAuthorization>(sp => sp.GetRequiredService<TikTokShopConnector>());
        services.AddMarketplaceConsent<TikTokShopConsent>();
        return services;
    }

    private static void Configure(HttpClient http)
    {
        http.BaseAddress = TikTokShopConstants.PlaceholderBaseAddress;
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        // Each attempt has its own timeout in the pipeline; a whole call may wait long for the bucket.
        http.Timeout = Timeout.InfiniteTimeSpan;
    }

    private static Func<HttpRequestMessage, RateBudgetClaim?> Claims(IServiceProvider services)
    {
        var budgets = services.GetRequiredService<TikTokShopBudgets>();
        return request => request.Options.TryGetValue(TikTokShopRequestContext.OptionKey, out var store)
            ? new RateBudgetClaim(budgets.For(store.StoreKey), 1, store.Meter)
            : null;
    }
}
