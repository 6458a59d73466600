using System.Net.Http.Headers;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.TikTokShop.Http;

/// <summary>
/// Innermost handler: reads each successful answer whole and fails one that is not whole JSON (cut off, an HTML error
/// page), so the pipeline retries a read rather than the pull failing on it.
/// </summary>
internal sealed class TikTokShopResponseHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return response;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
            }

            if (reader.BytesConsumed == 0)
            {
                throw new JsonException("The body is empty.");
            }
        }
        catch (JsonException e)
        {
            response.Dispose();
            throw new MalformedResponseException($"TikTok Shop answered {request.RequestUri?.AbsolutePath} with a body that is not whole JSON ({body.Length} bytes): {e.Message}", e);
        }

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = response.Content.Headers.ContentType ?? new MediaTypeHeaderValue("application/json");
        response.Content = content;
        return response;
    }
}
