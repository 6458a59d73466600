using System.Collections.Concurrent;
using CrossBorderHub.Connectors.Ebay.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Refit;

namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>
/// Reads eBay's own quota figures (getRateLimits) into the <see cref="EbayCallLedger"/>, at most once per
/// <see cref="EbayOptions.RateLimitsMaxAge"/> per application. An API eBay lists under several resources is as limited
/// as its tightest one.
/// </summary>
internal sealed class EbayRateLimitReader(
    IEbayAnalyticsApi analytics, EbayCallLedger ledger, TimeProvider time, IOptions<EbayOptions> options, ILogger<EbayRateLimitReader> logger)
{
    private static readonly Dictionary<(string Context, string Name), string> Known = new()
    {
        [("sell", "fulfillment")] = EbayConstants.FulfillmentApi,
        [("sell", "inventory")] = EbayConstants.InventoryApi,
        [("developer", "analytics")] = EbayConstants.AnalyticsApi,
    };

    private readonly ConcurrentDictionary<string, DateTimeOffset> _readAt = new(StringComparer.Ordinal);

    /// <summary>Reads eBay's figures unless they are fresh; returns why they could not be read, or null.</summary>
    public async Task<string?> RefreshAsync(EbayRequestContext store, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_readAt.TryGetValue(store.ApplicationKey, out var readAt) && now - readAt < options.Value.RateLimitsMaxAge)
        {
            return null;
        }

        try
        {
            using var response = await analytics.GetRateLimitsAsync(store, cancellationToken);
            if (!response.IsSuccessStatusCode || response.Content?.RateLimits is not { } limits)
            {
                if (response.Error is ApiRequestException { InnerException: { } cause })
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return Unread(store, cause.Message);
                }

                var error = EbayErrorEnvelope.Parse((response.Error as ApiException)?.Content);
                return Unread(store, $"getRateLimits answered HTTP {(int?)response.StatusCode}{(error is null ? "" : $": {error.Code} {error.Message}")}");
            }

            foreach (var limit in limits)
            {
                if (Known.TryGetValue((limit.ApiContext ?? "", limit.ApiName ?? ""), out var api)
                    && limit.Resources?.SelectMany(r => r.Rates ?? []).Where(r => r is { Limit: not null, Remaining: not null, Reset: not null }).MinBy(r => r.Remaining) is { } rate)
                {
                    ledger.Observe(store.ApplicationKey, api, rate.Limit!.Value, rate.Remaining!.Value, rate.Reset!.Value, TimeSpan.FromSeconds(rate.TimeWindow ?? 0));
                }
            }

            _readAt[store.ApplicationKey] = now;
            return null;
        }
        catch (Exception e) when (e is MarketplaceException or HttpRequestException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return Unread(store, e.Message);
        }
    }

    private string Unread(EbayRequestContext store, string reason)
    {
        var bounded = MarketplaceException.Bound(reason, 200);
        EbayLog.RateLimitsUnread(logger, store.ToString(), bounded);
        return $"eBay's own figures could not be read ({bounded}).";
    }
}
