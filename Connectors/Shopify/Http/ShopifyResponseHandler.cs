using System.Globalization;
using System.Net;
using System.Text.Json;

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
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            bucket.Refund(store.RequestedCost);
            if (!response.IsSuccessStatusCode)
            {
                return response;
            }

            response.Dispose();
            throw new ShopifyMalformedResponseException($"Shopify answered {store} with a body that is not whole JSON ({body.Length} bytes): {e.Message}", e);
        }

        using (document)
        {
            if (!ObserveCost(document.RootElement, bucket))
            {
                bucket.Refund(store.RequestedCost);
            }

            if (IsThrottled(document.RootElement) || response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = response.Headers.RetryAfter?.Delta
                    ?? TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(bucket.SecondsUntil(store.RequestedCost))));
                response.Dispose();
                var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request, Content = new ByteArrayContent(body) };
                throttled.Headers.Add("Retry-After", ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
                return throttled;
            }
        }

        return response;
    }

    private static bool ObserveCost(JsonElement root, ShopifyCostBucket bucket)
    {
        if (root.ValueKind == JsonValueKind.Object
            && root.TryGetProperty("extensions", out var extensions) && extensions.ValueKind == JsonValueKind.Object
            && extensions.TryGetProperty("cost", out var cost) && cost.ValueKind == JsonValueKind.Object
            && cost.TryGetProperty("throttleStatus", out var status) && status.ValueKind == JsonValueKind.Object
            && status.TryGetProperty("maximumAvailable", out var maximum)
            && status.TryGetProperty("currentlyAvailable", out var current)
            && status.TryGetProperty("restoreRate", out var rate))
        {
            bucket.Observe(maximum.GetDouble(), current.GetDouble(), rate.GetDouble());
            return true;
        }

        return false;
    }

    private static bool IsThrottled(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var error in errors.EnumerateArray())
        {
            if (error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("extensions", out var ext) && ext.ValueKind == JsonValueKind.Object
                && ext.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                && code.GetString() == ShopifyConstants.ErrorCodes.Throttled)
            {
                return true;
            }
        }

        return false;
    }
}
