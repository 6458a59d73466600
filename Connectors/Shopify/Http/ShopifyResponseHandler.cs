using System.Globalization;
using System.Net;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Shopify.Http;

/// <summary>
/// Innermost handler: reads each answer whole, feeds extensions.cost.throttleStatus to the store's bucket, turns a
/// THROTTLED answer (200 or 429) into a 429 with Retry-After for the retry strategy, and fails a malformed body
/// so it is retried rather than skipped.
/// </summary>
internal sealed class ShopifyResponseHandler(ShopifyCostBuckets buckets) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var store = ShopifyRequestContext.From(request);
        var bucket = buckets.For(store.StoreKey);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch
        {
            bucket.Refund(store.RequestedCost);
            throw;
        }

        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            bucket.Refund(store.RequestedCost);
            return response;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        ShopifyResponseScan scan;
        try
        {
            scan = ShopifyResponseScan.Read(body);
        }
        catch (JsonException e)
        {
            bucket.Refund(store.RequestedCost);
            if (!response.IsSuccessStatusCode)
            {
                return response;
            }

            response.Dispose();
            throw new MalformedResponseException($"Shopify answered {store} with a body that is not whole JSON ({body.Length} bytes): {e.Message}", e);
        }

        if (scan.HasThrottleStatus)
        {
            bucket.Correct(new RateCorrection(scan.MaximumAvailable, scan.CurrentlyAvailable, scan.RestoreRate));
        }
        else
        {
            bucket.Refund(store.RequestedCost);
        }

        if (scan.Throttled || response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var retryAfter = response.Headers.RetryAfter?.Delta
                ?? TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(bucket.TimeUntil(store.RequestedCost).TotalSeconds)));
            response.Dispose();
            var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request, Content = new ByteArrayContent(body) };
            throttled.Headers.Add("Retry-After", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
            return throttled;
        }

        return response;
    }
}
