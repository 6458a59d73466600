using System.Net.Http.Headers;
using CrossBorderHub.Connectors.Ebay.Http;
using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace CrossBorderHub.Connectors.Ebay;

public static class EbayServiceCollectionExtensions
{
    /// <summary>
    /// Registers the eBay connector: options from "Connectors:Ebay" (validated at start), the Sell Fulfillment, Inventory,
    /// Developer Analytics, Identity and Commerce Identity Refit clients on the kit's pipeline (one per store; a daily call budget per application and API;
    /// redirects never followed), the user token cache, the connector itself and its consent flow (<see cref="EbayConsent"/>).
    /// </summary>
    public static IServiceCollection AddEbayConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EbayOptions>()
            .Bind(configuration.GetSection(EbayConstants.ConfigurationSection))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EbayCallBudgets>();
        services.TryAddSingleton<EbayMapper>();
        services.TryAddSingleton<EbayAccessTokens>();
        services.TryAddSingleton<EbayCallLedger>();
        services.TryAddSingleton<EbayApplicationTokens>();
        services.TryAddSingleton<EbayRateLimitReader>();
        services.TryAddTransient<EbayApplicationAuthHandler>();
        services.TryAddTransient<EbayAuthHandler>();
        services.TryAddTransient<EbayIdentityHostHandler>();
        services.TryAddTransient<EbayApiHostHandler>();
        services.TryAddTransient<EbayResponseHandler>();

        services
            .AddRefitGeneratedClient<IEbayIdentityApi>(Wire.EbayJsonContext.Default)
            .ConfigureHttpClient(Configure)
            .AddMarketplacePipeline<EbayOptions>(EbayConstants.IdentityClientName, EbayRequestContext.PipelineKey, Claims(EbayConstants.IdentityApi))
            .AddHttpMessageHandler<EbayIdentityHostHandler>()
            .AddHttpMessageHandler(Counter(EbayConstants.IdentityApi))
            .AddHttpMessageHandler<EbayResponseHandler>();

        services
            .AddRefitGeneratedClient<IEbayFulfillmentApi>(Wire.EbayJsonContext.Default)
            .ConfigureHttpClient(Configure)
            .AddMarketplacePipeline<EbayOptions>(EbayConstants.HttpClientName, EbayRequestContext.PipelineKey, Claims(EbayConstants.FulfillmentApi))
            .AddHttpMessageHandler<EbayAuthHandler>()
            .AddHttpMessageHandler(Counter(EbayConstants.FulfillmentApi))
            .AddHttpMessageHandler<EbayResponseHandler>();

        services
            .AddRefitGeneratedClient<IEbayInventoryApi>(Wire.EbayJsonContext.Default)
            .ConfigureHttpClient(Configure)
            .AddMarketplacePipeline<EbayOptions>(EbayConstants.InventoryClientName, EbayRequestContext.PipelineKey, Claims(EbayConstants.InventoryApi))
            .AddHttpMessageHandler<EbayAuthHandler>()
            .AddHttpMessageHandler(Counter(EbayConstants.InventoryApi))
            .AddHttpMessageHandler<EbayResponseHandler>();

        services
            .AddRefitGeneratedClient<IEbayAnalyticsApi>(Wire.EbayJsonContext.Default)
            .ConfigureHttpClient(Configure)
            .AddMarketplacePipeline<EbayOptions>(EbayConstants.AnalyticsClientName, EbayRequestContext.PipelineKey, Claims(EbayConstants.AnalyticsApi))
            .AddHttpMessageHandler<EbayApplicationAuthHandler>()
            .AddHttpMessageHandler(Counter(EbayConstants.AnalyticsApi))
            .AddHttpMessageHandler<EbayResponseHandler>();

        // Commerce Identity getUser runs once per consent, with the token that consent granted; it spends no budget.
        services
            .AddRefitGeneratedClient<IEbayUserApi>(Wire.EbayJsonContext.Default)
            .ConfigureHttpClient(Configure)
            .AddMarketplacePipeline<EbayOptions>(EbayConstants.UserClientName, EbayRequestContext.PipelineKey, _ => _ => null)
            .AddHttpMessageHandler<EbayApiHostHandler>()
            .AddHttpMessageHandler<EbayResponseHandler>();

        services.AddMarketplaceConnector<EbayConnector>();
        services.AddMarketplaceConsent<EbayConsent>();
        return services;
    }

    private static void Configure(HttpClient http)
    {
        // A placeholder: the handlers send each request to its store's host.
        http.BaseAddress = EbayConstants.ProductionApi;
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        // Each attempt has its own timeout in the pipeline; a whole call may wait long for the budget.
        http.Timeout = Timeout.InfiniteTimeSpan;
    }

    /// <summary>Counts each request that goes out against its application's daily quota for <paramref name="api"/>.</summary>
    private static Func<IServiceProvider, DelegatingHandler> Counter(string api) =>
        services => new EbayCallCounter(services.GetRequiredService<EbayCallLedger>(), api);

    /// <summary>Every call spends one from its application's daily budget for that API.</summary>
    private static Func<IServiceProvider, Func<HttpRequestMessage, RateBudgetClaim?>> Claims(string api) => services =>
    {
        var budgets = services.GetRequiredService<EbayCallBudgets>();
        return request => request.Options.TryGetValue(EbayRequestContext.OptionKey, out var store)
            ? new RateBudgetClaim(budgets.For(store.ApplicationKey, api), 1, store.Meter)
            : null;
    };
}
