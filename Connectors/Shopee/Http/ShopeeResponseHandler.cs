using System.Net;
using System.Text.Json;
using CrossBorderHub.Connectors.Kit.Http;

namespace CrossBorderHub.Connectors.Shopee.Http;

/// <summary>
/// Innermost handler: reads each answer whole; a 2xx body that is not JSON fails so it is retried rather than skipped,
/// and a rate-limit error Shopee sends inside an HTTP 200 envelope becomes a 429 for the retry strategy.
/// </summary>
internal sealed class ShopeeResponseHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        string? error;
        try
        {
            error = ErrorOf(body);
        }
        catch (JsonException e)
        {
            if (!response.IsSuccessStatusCode)
            {
                return response;
            }

            response.Dispose();
            throw new MalformedResponseException($"Shopee answered {ShopeeRequestContext.From(request)} with a body that is not whole JSON ({body.Length} bytes): {e.Message}", e);
        }

        if (response.IsSuccessStatusCode && ShopeeErrors.IsThrottle(error))
        {
            response.StatusCode = HttpStatusCode.TooManyRequests;
        }

        return response;
    }

    private static string? ErrorOf(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("error", out var error)
            && error.ValueKind == JsonValueKind.String
                ? error.GetString()
                : null;
    }
}
