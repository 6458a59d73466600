using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.TikTokShop.Http;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Webhooks;

/// <summary>TikTok Shop pushes through the hub: verified with the store's own app, turned into an orders sync of that store.</summary>
public sealed class TikTokShopWebhookTests(SqliteHubFixture hub) : IClassFixture<SqliteHubFixture>
{
    /// <summary>The SDK's push fixture names this app and shop; its signature was computed independently from the algorithm.</summary>
    private const string FixtureAppKey = "fake_app_key";
    private const string FixtureAppSecret = "fake_app_secret";
    private const string FixtureShopId = "7494726673780148744";
    private const string FixtureSignature = "21109834de72ec53c9959716d8514ae388ce1f123e5ffdcafc46713fcdf62b27";

    private static readonly byte[] Fixture =
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Webhooks", "Fixtures", "webhook.order_status_change.sdk-test-fixture.json"));

    [Fact]
    public async Task The_sdk_fixture_push_verified_by_its_stores_app_syncs_that_stores_orders_at_once()
    {
        using var sandbox = Sandbox(orders: 6);
        var storeId = await ConnectAsync(sandbox, "Webhook fixture shop");

        var response = await PushAsync(Fixture, FixtureSignature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var run = Assert.Single(await RunsAsync(storeId));
        Assert.Equal("orders", run.GetProperty("entity").GetString()!, ignoreCase: true);
        var finished = await hub.Admin.WaitForRunAsync(run.GetProperty("id").GetGuid());
        Assert.True(finished.GetProperty("status").GetString() == "Succeeded", finished.ToString());
        var (orders, _) = await hub.Erp.ReadFeedAsync("orders", storeId);
        Assert.Equal(6, orders.Count);
    }

    [Fact]
    public async Task A_push_that_no_store_verifies_is_refused_with_401_and_starts_nothing()
    {
        using var sandbox = Sandbox(orders: 2, shopId: "7494000000000000555");
        var storeId = await ConnectAsync(sandbox, "Webhook refusing shop");
        var body = Body(shopId: "7494000000000000555", notificationId: "n-unverified");
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("AWAITING_SHIPMENT", "CANCELLED", StringComparison.Ordinal));

        var wrongSecret = await PushAsync(body, TikTokShopWebhookSignature.Compute(FixtureAppKey, "not_the_secret", body));
        var changedBody = await PushAsync(changed, TikTokShopWebhookSignature.Compute(FixtureAppKey, FixtureAppSecret, body));
        var noHeader = await PushAsync(body, null);
        var notJson = await PushAsync("not json"u8.ToArray(), TikTokShopWebhookSignature.Compute(FixtureAppKey, FixtureAppSecret, "not json"u8));

        Assert.All([wrongSecret, changedBody, noHeader, notJson], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Empty(await RunsAsync(storeId));
    }

    [Fact]
    public async Task A_redelivered_notification_starts_one_sync_and_a_new_one_starts_another()
    {
        using var sandbox = Sandbox(orders: 3, shopId: "7494000000000000777");
        var storeId = await ConnectAsync(sandbox, "Webhook redelivery shop");
        var first = Body(shopId: "7494000000000000777", notificationId: "7327112393057371910");

        Assert.Equal(HttpStatusCode.OK, (await PushAsync(first, TikTokShopWebhookSignature.Compute(FixtureAppKey, FixtureAppSecret, first))).StatusCode);
        await hub.Admin.WaitForRunAsync(Assert.Single(await RunsAsync(storeId)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await PushAsync(first, TikTokShopWebhookSignature.Compute(FixtureAppKey, FixtureAppSecret, first))).StatusCode);
        Assert.Single(await RunsAsync(storeId));

        var next = Body(shopId: "7494000000000000777", notificationId: "7327112393057371911");
        Assert.Equal(HttpStatusCode.OK, (await PushAsync(next, TikTokShopWebhookSignature.Compute(FixtureAppKey, FixtureAppSecret, next))).StatusCode);
        Assert.Equal(2, (await RunsAsync(storeId)).Count);
    }

    [Fact]
    public async Task A_verified_push_of_another_type_is_accepted_and_starts_nothing()
    {
        using var sandbox = Sandbox(orders: 2, shopId: "7494000000000000888");
        var storeId = await ConnectAsync(sandbox, "Webhook other type shop");
        var body = Body(shopId: "7494000000000000888", notificationId: "n-product", type: 5);

        var response = await PushAsync(body, TikTokShopWebhookSignature.Compute(FixtureAppKey, FixtureAppSecret, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await RunsAsync(storeId));
    }

    private static TikTokShopSandbox Sandbox(int orders, string shopId = FixtureShopId) =>
        TikTokShopSandbox.Start(new TikTokShopSandboxOptions
        {
            OrderCount = orders,
            AppKey = FixtureAppKey,
            AppSecret = FixtureAppSecret,
            ShopId = shopId,
            TimeProvider = Sandboxes.Clock(),
        });

    private static byte[] Body(string shopId, string notificationId, int type = 1) =>
        Encoding.UTF8.GetBytes(
            $$$"""{"type":{{{type}}},"tts_notification_id":"{{{notificationId}}}","shop_id":"{{{shopId}}}","timestamp":1780000000,"data":{"order_id":"576400000000000001","order_status":"AWAITING_SHIPMENT","update_time":1780000000}}""");

    private async Task<Guid> ConnectAsync(TikTokShopSandbox sandbox, string name)
    {
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "tiktokshop",
            name,
            settings = sandbox.Settings(),
            credentials = sandbox.Credentials(),
            baseUrl = sandbox.Url,
            authUrl = sandbox.Url,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> PushAsync(byte[] body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/tiktokshop", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", signature);
        }

        return await hub.Anonymous.SendAsync(request);
    }

    private async Task<List<JsonElement>> RunsAsync(Guid storeId)
    {
        var runs = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}&limit=50");
        var items = runs.ValueKind == JsonValueKind.Array ? runs : runs.GetProperty("items");
        return [.. items.EnumerateArray()];
    }
}
