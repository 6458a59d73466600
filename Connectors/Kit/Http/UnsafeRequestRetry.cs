using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace CrossBorderHub.Connectors.Kit.Http;

/// <summary>
/// Which failed attempts the pipeline retries. A read: any transient failure. A request that changes something on the
/// marketplace (a push), marked with <see cref="OptionName"/>: only a throttled answer (429), which the marketplace did
/// not execute; after a timeout or 5xx it may have been applied, so the command outbox retries it later, after the
/// connector has checked what the marketplace already has.
/// </summary>
public static class UnsafeRequestRetry
{
    /// <summary>The request option (a bool, e.g. a Refit <c>[Property]</c>) that marks a request as changing state.</summary>
    public const string OptionName = "marketplace.unsafe";

    private static readonly HttpRequestOptionsKey<bool> OptionKey = new(OptionName);

    internal static ValueTask<bool> ShouldHandle(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var request = args.Outcome.Result?.RequestMessage ?? args.Context.GetRequestMessage();
        var changesState = request is not null && request.Options.TryGetValue(OptionKey, out var flag) && flag;
        return ValueTask.FromResult(changesState
            ? args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests
            : HttpClientResiliencePredicates.IsTransient(args.Outcome));
    }
}
