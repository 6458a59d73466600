using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace CrossBorderHub.Connectors.Shopify.Http;

/// <summary>
/// Which failed attempts the pipeline retries. A query: any transient failure. A mutation: only a throttled answer
/// (429, or THROTTLED turned into one), which Shopify did not execute; after a timeout or 5xx it may have been applied,
/// so the command outbox retries it later, after the connector has checked what Shopify already has.
/// </summary>
internal static class ShopifyPushRetry
{
    public const string OptionName = "shopify.mutation";

    private static readonly HttpRequestOptionsKey<bool> OptionKey = new(OptionName);

    public static ValueTask<bool> ShouldHandle(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var request = args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage();
        var mutation = request is not null && request.Options.TryGetValue(OptionKey, out var flag) && flag;
        return ValueTask.FromResult(mutation
            ? args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests
            : HttpClientResiliencePredicates.IsTransient(args.Outcome));
    }
}
