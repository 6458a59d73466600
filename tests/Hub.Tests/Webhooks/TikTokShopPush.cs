using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.TikTokShop.Http;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Hub.Tests.Webhooks;

/// <summary>TikTok Shop's side of the webhook tests: a simulated shop, its store in the hub, and pushes signed as TikTok signs them.</summary>
public static class TikTokShopPush
{
    /// <summary>The SDK's push fixture names this app and shop; its signature was computed independently from the algorithm.</summary>
    public const string FixtureAppKey = "fake_app_key";
    public const string FixtureAppSecret = "fake_app_secret";
    public const string FixtureShopId = "7494726673780148744";
    public const string FixtureSignature = "21109834de72ec53c9959716d8514ae388ce1f123e5ffdcafc46713fcdf62b27";

    public static byte[] Fixture { get; } =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Webhooks", "Fixtures", "webhook.order_status_change.sdk-test-fixture.json"));

    public static TikTokShopSandbox Sandbox(int orders, string shopId = FixtureShopId, FakeTimeProvider? clock = null) =>
        TikTokShopSandbox.Start(new TikTokShopSandboxOptions
        {
            OrderCount = orders,
            AppKey = FixtureAppKey,
            AppSecret = FixtureAppSecret,
            ShopId = shopId,
            TimeProvider = clock ?? Infrastructure.Sandboxes.Clock(),
        });

    /// <summary>A push of <paramref name="type"/> (1: ORDER_STATUS_CHANGE) as TikTok sends it.</summary>
    public static byte[] Body(string shopId, string? notificationId, int type = 1, string orderId = "576400000000000001") =>
        Encoding.UTF8.GetBytes(notificationId is null
            ? $$$"""{"type":{{{type}}},"shop_id":"{{{shopId}}}","timestamp":1780000000,"data":{"order_id":"{{{orderId}}}","order_status":"AWAITING_SHIPMENT","update_time":1780000000}}"""
            : $$$"""{"type":{{{type}}},"tts_notification_id":"{{{notificationId}}}","shop_id":"{{{shopId}}}","timestamp":1780000000,"data":{"order_id":"{{{orderId}}}","order_status":"AWAITING_SHIPMENT","update_time":1780000000}}""");

    public static string Sign(byte[] body, string secret = FixtureAppSecret) => TikTokShopWebhookSignature.Compute(FixtureAppKey, secret, body);

    public static async Task<Guid> ConnectAsync(HttpClient admin, TikTokShopSandbox sandbox, string name)
    {
        var response = await admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "tiktokshop",
            name,
            settings = sandbox.Settings(),
            credentials = sandbox.Credentials(),
            baseUrl = sandbox.Url,
            authUrl = sandbox.Url,
        });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>POST /webhooks/tiktokshop, the URL registered in TikTok's Partner Center.</summary>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient anonymous, byte[] body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/tiktokshop", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", signature);
        }

        return await anonymous.SendAsync(request);
    }
}
