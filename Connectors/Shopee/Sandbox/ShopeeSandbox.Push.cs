using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.Shopee.Webhooks;

namespace CrossBorderHub.Connectors.Shopee.Sandbox;

public sealed partial class ShopeeSandbox
{
    /// <summary>Shopee's order status push (code 3) for one of the shop's orders.</summary>
    public Task<HttpStatusCode> SendOrderStatusPushAsync(Uri url, string orderSn, string status, CancellationToken cancellationToken)
    {
        var now = _options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();
        var data = new JsonObject
        {
            ["items"] = new JsonArray(),
            ["ordersn"] = orderSn,
            ["status"] = status,
            ["completed_scenario"] = "",
            ["update_time"] = now,
        };
        return SendPushAsync(url, ShopeePushCodes.OrderStatus, data, now, cancellationToken);
    }

    /// <summary>
    /// Sends a push as Shopee does: a POST of <c>{"data","shop_id","code","timestamp"}</c> to <paramref name="url"/> (the
    /// callback URL an app registers), signed in the <c>Authorization</c> header with the partner key over the URL and
    /// the body. The same arguments send the same bytes, as a redelivery does. Loopback URLs only.
    /// </summary>
    public async Task<HttpStatusCode> SendPushAsync(Uri url, int code, JsonNode? data, long timestamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsLoopback)
        {
            throw new ArgumentException("The sandbox pushes to loopback addresses only.", nameof(url));
        }

        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["data"] = data?.DeepClone() ?? new JsonObject(),
            ["shop_id"] = _options.ShopId,
            ["code"] = code,
            ["timestamp"] = timestamp,
        }.ToJsonString());
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseProxy = false };
        using var client = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(ShopeePushSignature.Header, ShopeePushSignature.Sign(_options.PartnerKey, url.AbsoluteUri, body));
        using var response = await client.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }
}
