using System.Net.Http.Headers;
using CrossBorderHub.Connectors.Kit.Http;
using CrossBorderHub.Connectors.Shopee.Consent;
using CrossBorderHub.Connectors.Shopee.Http;
using CrossBorderHub.Connectors.Shopee.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace CrossBorderHub.Connectors.Shopee;

public static class ShopeeServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Shopee connector: options from "Connectors:Shopee" (validated at start), the Refit client on the
    /// kit's pipeline (one per shop; a token bucket per shop and API; redirects never followed), signing and the
    /// connector itself, which also serves <see cref="IShopeeAuthorization"/> (the link and the code exchange), the consent flow
    /// built on it, and push notifications (the <c>Authorization</c> header checked with the partner key). The host must provide an <see cref="IStoreCredentialWriter"/> for token rotation.
    /// </summary>
    public static IServiceCollection AddShopeeConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ShopeeOptions>()
            .Bind(configuration.GetSection(ShopeeConstants.ConfigurationSection))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ShopeeRateBudgets>();
        services.TryAddSingleton<ShopeeMapper>();
        services.TryAddTransient<ShopeeSigningHandler>();
        services.TryAddTransient<ShopeeResponseHandler>();

        services
            .AddRefitGeneratedClient<IShopeeApi>(Wire.ShopeeJsonContext.Default)
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = ShopeeConstants.PlaceholderBaseAddress;
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddMarketplacePipeline<ShopeeOptions>(ShopeeConstants.HttpClientName, ShopeeRequestContext.PipelineKey, Claims)
            .AddHttpMessageHandler<ShopeeSigningHandler>()
            .AddHttpMessageHandler<ShopeeResponseHandler>();

        services.AddMarketplaceConnector<ShopeeConnector>();
        services.TryAddSingleton<IShopeeAuthorization>(sp => sp.GetRequiredService<ShopeeConnector>());
        services.AddMarketplaceConsent<ShopeeConsent>();
        services.AddMarketplaceWebhooks<ShopeeWebhooks>();
        return services;
    }

    private static Func<HttpRequestMessage, RateBudgetClaim?> Claims(IServiceProvider services)
    {
        var budgets = services.GetRequiredService<ShopeeRateBudgets>();
        return request => request.Options.TryGetValue(ShopeeRequestContext.OptionKey, out var store)
            ? new RateBudgetClaim(budgets.For(store.StoreKey, store.Operation), 1, store.Meter)
            : null;
    }
}
