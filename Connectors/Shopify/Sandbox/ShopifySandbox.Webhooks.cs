using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CrossBorderHub.Connectors.Shopify.Webhooks;

namespace CrossBorderHub.Connectors.Shopify.Sandbox;

/// <summary>
/// Webhooks as Shopify delivers them: POST with the JSON payload, X-Shopify-Topic, X-Shopify-Shop-Domain,
/// X-Shopify-Webhook-Id, X-Shopify-Event-Id, X-Shopify-Triggered-At, X-Shopify-API-Version and X-Shopify-Hmac-Sha256
/// (base64 HMAC-SHA256 of the body with the app's client secret). Only to loopback receivers.
/// </summary>
public sealed partial class ShopifySandbox
{
    /// <summary>Delivers <paramref name="payload"/> on <paramref name="topic"/> to <paramref name="url"/>; a given <paramref name="webhookId"/> makes it a redelivery.</summary>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not a loopback address.</exception>
    public async Task<ShopifySandboxWebhook> SendWebhookAsync(Uri url, string topic, string payload, CancellationToken cancellationToken, string? webhookId = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || !url.IsLoopback)
        {
            throw new ArgumentException("The sandbox delivers webhooks only to loopback addresses.", nameof(url));
        }

        var body = Encoding.UTF8.GetBytes(payload);
        var id = webhookId ?? Guid.NewGuid().ToString();
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false };
        using var client = new HttpClient(handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(ShopifyWebhookHeaders.Topic, topic);
        request.Headers.Add(ShopifyWebhookHeaders.ShopDomain, _options.ShopDomain);
        request.Headers.Add(ShopifyWebhookHeaders.WebhookId, id);
        request.Headers.Add(ShopifyWebhookHeaders.EventId, Guid.NewGuid().ToString());
        request.Headers.Add(ShopifyWebhookHeaders.ApiVersion, ShopifyConstants.ApiVersion);
        request.Headers.Add(ShopifyWebhookHeaders.TriggeredAt, _options.TimeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        request.Headers.Add(ShopifyWebhookHeaders.Hmac, ShopifyWebhookSignature.Sign(body, _options.App.ClientSecret));
        using var response = await client.SendAsync(request, cancellationToken);
        return new ShopifySandboxWebhook(id, response.StatusCode);
    }

    /// <summary>Delivers an order webhook (e.g. orders/create when order <paramref name="index"/> arrives) with the order's REST-shaped head.</summary>
    public Task<ShopifySandboxWebhook> SendOrderWebhookAsync(Uri url, int index, string topic, CancellationToken cancellationToken, string? webhookId = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _options.OrderCount);
        var gid = ShopifySandboxData.OrderId(index);
        var payload = new JsonObject
        {
            ["id"] = long.Parse(gid[(gid.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture),
            ["admin_graphql_api_id"] = gid,
            ["name"] = $"#{1001 + index}",
            ["created_at"] = Data.OrderCreatedAt(index).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["updated_at"] = Data.OrderUpdatedAt(index).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        };
        return SendWebhookAsync(url, topic, payload.ToJsonString(), cancellationToken, webhookId);
    }
}
