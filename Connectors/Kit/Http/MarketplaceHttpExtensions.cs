using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.RateLimiting;

namespace CrossBorderHub.Connectors.Kit.Http;

public static class MarketplaceHttpExtensions
{
    /// <summary>
    /// Gives a connector's client the shared pipeline: a primary handler that never follows redirects (a store's
    /// credentials must not reach another host), no host-wide default handler, and one resilience pipeline per
    /// <paramref name="pipelineKey"/> (retry with jitter honouring Retry-After, circuit breaker, the request's rate
    /// budget, per-attempt timeout). Time spent waiting for budget, and for a throttled answer's Retry-After, is added
    /// to the meter the request's claim carries.
    /// </summary>
    public static IHttpClientBuilder AddMarketplacePipeline(
        this IHttpClientBuilder client,
        string pipelineName,
        Func<HttpRequestMessage, string> pipelineKey,
        Func<IServiceProvider, MarketplaceHttpPolicy> policy,
        Func<IServiceProvider, Func<HttpRequestMessage, RateBudgetClaim?>> claims)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.ConfigurePrimaryHttpMessageHandler((handler, _) => RefuseRedirects(handler));

        // A host-wide default handler (ConfigureHttpClientDefaults + AddStandardResilienceHandler) would stack with ours.
#pragma warning disable EXTEXP0001 // Experimental, and the documented way to drop a default handler (dotnet/extensions#5695).
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        client
            .AddResilienceHandler(pipelineName, (builder, context) =>
                Configure(builder, policy(context.ServiceProvider), claims(context.ServiceProvider), context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System))
            .SelectPipelineBy(_ => pipelineKey);
        client.AddHttpMessageHandler(services => new RateBudgetObserver(claims(services)));
        return client;
    }

    /// <summary>The shared pipeline with its figures read from the connector's validated options.</summary>
    public static IHttpClientBuilder AddMarketplacePipeline<TOptions>(
        this IHttpClientBuilder client,
        string pipelineName,
        Func<HttpRequestMessage, string> pipelineKey,
        Func<IServiceProvider, Func<HttpRequestMessage, RateBudgetClaim?>> claims)
        where TOptions : MarketplaceHttpOptions =>
        client.AddMarketplacePipeline(pipelineName, pipelineKey, services => services.GetRequiredService<IOptions<TOptions>>().Value.Policy(), claims);

    private static void RefuseRedirects(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler classic:
                classic.AllowAutoRedirect = false;
                break;
            default:
                throw new InvalidOperationException($"A connector's primary handler must be able to refuse redirects; {handler.GetType().Name} cannot.");
        }
    }

    private static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        MarketplaceHttpPolicy policy,
        Func<HttpRequestMessage, RateBudgetClaim?> claimFor,
        TimeProvider time)
    {
        // Polly refuses a retry strategy of zero attempts; zero means none.
        if (policy.MaxRetryAttempts > 0)
        {
            builder.AddRetry(Retry(policy, claimFor));
        }

        builder
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = policy.CircuitBreakerFailureRatio,
                MinimumThroughput = policy.CircuitBreakerMinimumThroughput,
                BreakDuration = policy.CircuitBreakerBreakDuration,
            })
            .AddRateLimiter(new RateLimiterStrategyOptions
            {
                RateLimiter = async args =>
                {
                    if (args.Context.GetRequestMessage() is { } request && claimFor(request) is { } claim)
                    {
                        var started = time.GetTimestamp();
                        await claim.Budget.AcquireAsync(claim.Permits, args.Context.CancellationToken);
                        claim.Meter?.Add(time.GetElapsedTime(started));
                    }

                    return RateBudgetLease.Acquired;
                },
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = policy.AttemptTimeout });
    }

    private static HttpRetryStrategyOptions Retry(MarketplaceHttpPolicy policy, Func<HttpRequestMessage, RateBudgetClaim?> claimFor) => new()
    {
        MaxRetryAttempts = policy.MaxRetryAttempts,
        Delay = policy.RetryBaseDelay,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = true,
        ShouldHandle = UnsafeRequestRetry.ShouldHandle,
        OnRetry = args =>
        {
            // Waiting out a throttled answer's Retry-After is time spent on the rate budget too.
            if (args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests
                && args.Context.GetRequestMessage() is { } request)
            {
                claimFor(request)?.Meter?.Add(args.RetryDelay);
            }

            return default;
        },
    };
}
