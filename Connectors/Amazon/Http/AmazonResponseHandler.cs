using System.Net;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Amazon.Http;

/// <summary>
/// Innermost handler: a 2xx answer with a body must be whole JSON, else it fails as malformed so the pipeline retries
/// it (a proxy's HTML page, a body cut off) instead of the page being read as empty or half.
/// </summary>
internal sealed class AmazonResponseHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NoContent)
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            var store = AmazonRequestContext.From(request);
            response.Dispose();
            throw new MalformedResponseException($"Amazon answered {store} with a body that is not whole JSON ({body.Length} bytes): {e.Message}", e);
        }

        return response;
    }
}
