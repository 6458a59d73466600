using System.Net.Http.Headers;
using System.Threading.RateLimiting;
using CrossBorderHub.Connectors.Shopify.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.RateLimiting;
using Refit;

namespace CrossBorderHub.Connectors.Shopify;

public static class ShopifyServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Shopify connector: options from "Connectors:Shopify" (validated at start), the Refit client
    /// with one resilience pipeline per store (retry honouring Retry-After, circuit breaker, cost-bucket rate
    /// limiter, per-attempt timeout) and the connector itself.
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

        var client = services
            .AddRefitGeneratedClient<IShopifyAdminApi>(Wire.ShopifyJsonContext.Default)
            .ConfigureHttpClient(http =>
            {
                http.BaseAddress = ShopifyConstants.PlaceholderBaseAddress;
                http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

                // Each attempt has its own timeout in the pipeline; a whole call may wait long for the bucket.
                http.Timeout = Timeout.InfiniteTimeSpan;
            });

        // A host-wide default handler (ConfigureHttpClientDefaults + AddStandardResilienceHandler) would stack with ours.
#pragma warning disable EXTEXP0001 // Experimental, and the documented way to drop a default handler (dotnet/extensions#5695).
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        client
            .AddResilienceHandler(ShopifyConstants.HttpClientName, ConfigurePipeline)
            .SelectPipelineBy(_ => ShopifyRequestContext.PipelineKey);
        client
            .AddHttpMessageHandler<ShopifyAuthHandler>()
            .AddHttpMessageHandler<ShopifyResponseHandler>();

        services.AddMarketplaceConnector<ShopifyConnector>();
        return services;
    }

    private static void ConfigurePipeline(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<ShopifyOptions>>().Value;
        var bucket = context.ServiceProvider.GetRequiredService<ShopifyCostBuckets>().For(context.InstanceName);

        builder
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = ShopifyPushRetry.ShouldHandle,
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                BreakDuration = options.CircuitBreakerBreakDuration,
            })
            .AddRateLimiter(new RateLimiterStrategyOptions
            {
                // Shopify limits by query cost, not request count: wait until this store's bucket holds the cost.
                RateLimiter = async args =>
                {
                    var request = args.Context.GetRequestMessage();
                    var cost = request is null ? 1 : ShopifyRequestContext.From(request).RequestedCost;
                    await bucket.AcquireAsync(cost, args.Context.CancellationToken);
                    return (RateLimitLease)ShopifyCostLease.Acquired;
                },
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout });
    }
}
