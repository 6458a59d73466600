using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.Shopify.Webhooks;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// Webhooks as Shopify delivers them: POST with the JSON payload, X-Shopify-Topic, X-Shopify-Shop-Domain,
/// X-Shopify-Webhook-Id, X-Shopify-Event-Id, X-Shopify-Triggered-At, X-Shopify-API-Version and X-Shopify-Hmac-Sha256
/// (base64 HMAC-SHA256 of the body with the app's client secret). The sandbox itself sends only to loopback receivers.
/// </summary>
public sealed partial class ShopifySandbox
{
    /// <summary>
    /// The signed request of a push (for a receiver reached through another client, e.g. an in-memory test server);
    /// a given <paramref name="webhookId"/> makes it a redelivery, a given <paramref name="clientSecret"/> a forgery.
    /// </summary>
    public HttpRequestMessage WebhookRequest(Uri url, string topic, string payload, string? webhookId = null, string? clientSecret = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var body = Encoding.UTF8.GetBytes(payload);
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(ShopifyWebhookHeaders.Topic, topic);
        request.Headers.Add(ShopifyWebhookHeaders.ShopDomain, _options.ShopDomain);
        request.Headers.Add(ShopifyWebhookHeaders.WebhookId, webhookId ?? Guid.NewGuid().ToString());
        request.Headers.Add(ShopifyWebhookHeaders.EventId, Guid.NewGuid().ToString());
        request.Headers.Add(ShopifyWebhookHeaders.ApiVersion, ShopifyConstants.ApiVersion);
        request.Headers.Add(ShopifyWebhookHeaders.TriggeredAt, _options.TimeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        request.Headers.Add(ShopifyWebhookHeaders.Hmac, ShopifyWebhookSignature.Sign(body, clientSecret ?? _options.App.ClientSecret));
        return request;
    }

    /// <summary>Delivers <paramref name="payload"/> on <paramref name="topic"/> to <paramref name="url"/>; a given <paramref name="webhookId"/> makes it a redelivery.</summary>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not a loopback address.</exception>
    public async Task<ShopifySandboxWebhook> SendWebhookAsync(Uri url, string topic, string payload, CancellationToken cancellationToken, string? webhookId = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || !url.IsLoopback)
        {
            throw new ArgumentException("The sandbox delivers webhooks only to loopback addresses.", nameof(url));
        }

        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false };
        using var client = new HttpClient(handler);
        using var request = WebhookRequest(url, topic, payload, webhookId);
        using var response = await client.SendAsync(request, cancellationToken);
        return new ShopifySandboxWebhook(request.Headers.GetValues(ShopifyWebhookHeaders.WebhookId).Single(), response.StatusCode);
    }

    /// <summary>Delivers an order webhook (e.g. orders/create when order <paramref name="index"/> arrives).</summary>
    public Task<ShopifySandboxWebhook> SendOrderWebhookAsync(Uri url, int index, string topic, CancellationToken cancellationToken, string? webhookId = null) =>
        SendWebhookAsync(url, topic, OrderWebhookPayload(index), cancellationToken, webhookId);

    /// <summary>The REST-shaped head of order <paramref name="index"/> that order webhooks carry (id, admin_graphql_api_id, name, times).</summary>
    public string OrderWebhookPayload(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _options.OrderCount);
        var gid = ShopifySandboxData.OrderId(index);
        return new JsonObject
        {
            ["id"] = long.Parse(gid[(gid.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture),
            ["admin_graphql_api_id"] = gid,
            ["name"] = $"#{1001 + index}",
            ["created_at"] = Data.OrderCreatedAt(index).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["updated_at"] = Data.OrderUpdatedAt(index).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        }.ToJsonString();
    }
}
