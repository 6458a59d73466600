using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Ebay.Http;

/// <summary>
/// Innermost handler: a 2xx answer with a body must be whole JSON, else it fails as a
/// <see cref="MalformedResponseException"/>, so a read is retried rather than skipped (a write is not; see UnsafeRequestRetry).
/// </summary>
internal sealed class EbayResponseHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return response;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (body.Length == 0)
        {
            return response;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            response.Dispose();
            throw new MalformedResponseException($"eBay answered {EbayRequestContext.From(request)} with a body that is not whole JSON ({body.Length} bytes): {e.Message}", e);
        }

        return response;
    }
}
