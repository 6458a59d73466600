using System.Net.Http.Headers;
using CrossBorderHub.Connectors.Amazon.Auth;
using CrossBorderHub.Connectors.Amazon.Http;
using CrossBorderHub.Connectors.Kit.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace CrossBorderHub.Connectors.Amazon;

public static class AmazonServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Amazon connector: options from "Connectors:Amazon" (validated at start), the LWA token client and
    /// cache, the Refit client on the kit's pipeline (one pipeline and token bucket per store and operation, with the
    /// published usage plan corrected from x-amzn-RateLimit-Limit; redirects never followed) and the connector itself.
    /// </summary>
    public static IServiceCollection AddAmazonConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AmazonOptions>()
            .Bind(configuration.GetSection(AmazonConstants.ConfigurationSection))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AmazonRateBudgets>();
        services.TryAddSingleton<AmazonMapper>();
        services.TryAddSingleton<LwaTokenCache>();
        services.TryAddSingleton<RestrictedDataTokens>();
        services.TryAddTransient<AmazonAuthHandler>();
        services.TryAddTransient<AmazonResponseHandler>();

        services
            .AddHttpClient<LwaTokenClient>(AmazonConstants.TokenClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddMarketplacePipeline<AmazonOptions>(AmazonConstants.TokenClientName, request => request.RequestUri?.Authority ?? string.Empty, _ => _ => null);

        AddSpApiClient<IAmazonOrdersApi>(services, AmazonConstants.HttpClientName);
        AddSpApiClient<IAmazonListingsApi>(services, AmazonConstants.ListingsClientName);
        AddSpApiClient<IAmazonTokensApi>(services, AmazonConstants.TokensClientName);
        AddSpApiClient<IAmazonReportsApi>(services, AmazonConstants.ReportsClientName);

        // Report documents come from presigned addresses on another host: a plain client, so no token goes there.
        services.AddHttpClient(AmazonConstants.ReportDocumentsClientName, http => http.Timeout = TimeSpan.FromMinutes(10));

        services.AddMarketplaceConnector<AmazonConnector>();
        services.AddMarketplaceConsent<Consent.AmazonConsent>();
        return services;
    }

    /// <summary>One Refit client of SP-API on the kit's pipeline, sent to each store's host with its token and budget.</summary>
    private static void AddSpApiClient<TApi>(IServiceCollection services, string name)
        where TApi : class
    {
        services
            .AddRefitGeneratedClient<TApi>(Wire.AmazonJsonContext.Default)
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = AmazonConstants.PlaceholderBaseAddress;
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

                // Each attempt has its own timeout in the pipeline; a whole call may wait long for its bucket.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddMarketplacePipeline<AmazonOptions>(name, AmazonRequestContext.PipelineKey, Claims)
            .AddHttpMessageHandler<AmazonAuthHandler>()
            .AddHttpMessageHandler<AmazonResponseHandler>();
    }

    /// <summary>SP-API limits per seller account, application and operation: each call spends one request from its operation's bucket.</summary>
    private static Func<HttpRequestMessage, RateBudgetClaim?> Claims(IServiceProvider services)
    {
        var budgets = services.GetRequiredService<AmazonRateBudgets>();
        return request => request.Options.TryGetValue(AmazonRequestContext.OptionKey, out var store)
            ? new RateBudgetClaim(budgets.For(new RateBudgetKey(store.StoreKey, store.Operation)), 1, store.Meter)
            : null;
    }
}
