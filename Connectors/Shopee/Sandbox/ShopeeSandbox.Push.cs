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
        return SendPushAsync(url, ShopeePushCodes.OrderStatus, OrderStatusData(orderSn, status, now), now, cancellationToken);
    }

    /// <summary>The data of an order status push, as Shopee's example shows it.</summary>
    public static JsonObject OrderStatusData(string orderSn, string status, long updateTime) => new()
    {
        ["items"] = new JsonArray(),
        ["ordersn"] = orderSn,
        ["status"] = status,
        ["completed_scenario"] = "",
        ["update_time"] = updateTime,
    };

    /// <summary>
    /// A push as Shopee builds it for <paramref name="url"/> (the callback URL an app registers): the body
    /// <c>{"data","shop_id","code","timestamp"}</c> and its <c>Authorization</c> header, the partner key's HMAC over the
    /// URL and the body. The same arguments give the same bytes, as a redelivery does.
    /// </summary>
    public (byte[] Body, string Authorization) Push(Uri url, int code, JsonNode? data, long timestamp)
    {
        ArgumentNullException.ThrowIfNull(url);
        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["data"] = data?.DeepClone() ?? new JsonObject(),
            ["shop_id"] = _options.ShopId,
            ["code"] = code,
            ["timestamp"] = timestamp,
        }.ToJsonString());
        return (body, ShopeePushSignature.Sign(_options.PartnerKey, url.AbsoluteUri, body));
    }

    /// <summary>Sends <see cref="Push"/> to <paramref name="url"/> as Shopee does (a POST); loopback URLs only.</summary>
    public async Task<HttpStatusCode> SendPushAsync(Uri url, int code, JsonNode? data, long timestamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsLoopback)
        {
            throw new ArgumentException("The sandbox pushes to loopback addresses only.", nameof(url));
        }

        var (body, authorization) = Push(url, code, data, timestamp);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseProxy = false };
        using var client = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(ShopeePushSignature.Header, authorization);
        using var response = await client.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }
}
