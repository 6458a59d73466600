using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Webhooks;

/// <summary>
/// TikTok Shop pushes through the hub end to end, against its sandbox: verified with the store's own app, stored,
/// answered, then turned into an orders sync of that store. Each scenario uses its own shop.
/// </summary>
public abstract class TikTokShopWebhookScenarios(HubFixture hub)
{
    protected async Task The_sdk_fixture_push_verified_by_its_stores_app_is_answered_and_then_syncs_that_stores_orders()
    {
        using var sandbox = TikTokShopPush.Sandbox(orders: 6);
        var storeId = await TikTokShopPush.ConnectAsync(hub.Admin, sandbox, "Webhook fixture shop");

        var response = await TikTokShopPush.SendAsync(hub.Anonymous, TikTokShopPush.Fixture, TikTokShopPush.FixtureSignature);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = await WaitForProcessedAsync(storeId, 1);
        Assert.Null(row[0].DeliveryId);
        Assert.Equal("1", row[0].Topic);
        Assert.Equal(WebhookOutcome.SyncStarted, row[0].Outcome);
        var run = Assert.Single(await RunsAsync(storeId));
        Assert.Equal("orders", run.GetProperty("entity").GetString()!, ignoreCase: true);
        var finished = await hub.Admin.WaitForRunAsync(run.GetProperty("id").GetGuid());
        Assert.True(finished.GetProperty("status").GetString() == "Succeeded", finished.ToString());
        var (orders, _) = await hub.Erp.ReadFeedAsync("orders", storeId);
        Assert.Equal(6, orders.Count);
    }

    protected async Task A_push_that_no_store_verifies_is_refused_with_401_stored_nowhere_and_starts_nothing()
    {
        using var sandbox = TikTokShopPush.Sandbox(orders: 2, shopId: "7494000000000000555");
        var storeId = await TikTokShopPush.ConnectAsync(hub.Admin, sandbox, "Webhook refusing shop");
        var body = TikTokShopPush.Body(shopId: "7494000000000000555", notificationId: "n-unverified");
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("AWAITING_SHIPMENT", "CANCELLED", StringComparison.Ordinal));
        var otherShop = TikTokShopPush.Body(shopId: "7494000000000000556", notificationId: "n-other-shop");

        HttpResponseMessage[] refused =
        [
            await TikTokShopPush.SendAsync(hub.Anonymous, body, TikTokShopPush.Sign(body, "not_the_secret")),
            await TikTokShopPush.SendAsync(hub.Anonymous, changed, TikTokShopPush.Sign(body)),
            await TikTokShopPush.SendAsync(hub.Anonymous, body, null),
            await TikTokShopPush.SendAsync(hub.Anonymous, body, "zz" + TikTokShopPush.Sign(body)[2..]),
            await TikTokShopPush.SendAsync(hub.Anonymous, "not json"u8.ToArray(), TikTokShopPush.Sign("not json"u8.ToArray())),
            await TikTokShopPush.SendAsync(hub.Anonymous, otherShop, TikTokShopPush.Sign(otherShop)),
        ];

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        var accepted = TikTokShopPush.Body(shopId: "7494000000000000555", notificationId: "n-verified");
        Assert.Equal(HttpStatusCode.OK, (await TikTokShopPush.SendAsync(hub.Anonymous, accepted, TikTokShopPush.Sign(accepted).ToUpperInvariant())).StatusCode);
        var rows = await WaitForProcessedAsync(storeId, 1);
        Assert.Equal(["n-verified"], rows.Select(r => r.DeliveryId));
        Assert.Single(await RunsAsync(storeId));
    }

    protected async Task A_redelivered_notification_starts_one_sync_and_a_new_one_starts_another()
    {
        using var sandbox = TikTokShopPush.Sandbox(orders: 3, shopId: "7494000000000000777");
        var storeId = await TikTokShopPush.ConnectAsync(hub.Admin, sandbox, "Webhook redelivery shop");
        var first = TikTokShopPush.Body(shopId: "7494000000000000777", notificationId: "7327112393057371910");
        var next = TikTokShopPush.Body(shopId: "7494000000000000777", notificationId: "7327112393057371911");

        Assert.Equal(HttpStatusCode.OK, (await TikTokShopPush.SendAsync(hub.Anonymous, first, TikTokShopPush.Sign(first))).StatusCode);
        await WaitForProcessedAsync(storeId, 1);
        await hub.Admin.WaitForRunAsync(Assert.Single(await RunsAsync(storeId)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await TikTokShopPush.SendAsync(hub.Anonymous, first, TikTokShopPush.Sign(first))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TikTokShopPush.SendAsync(hub.Anonymous, next, TikTokShopPush.Sign(next))).StatusCode);
        var rows = await WaitForProcessedAsync(storeId, 2);

        Assert.Equal(["7327112393057371910", "7327112393057371911"], rows.Select(r => r.DeliveryId).Order());
        Assert.Equal(2, (await RunsAsync(storeId)).Count);
    }

    protected async Task A_verified_push_of_another_type_is_answered_and_starts_nothing()
    {
        using var sandbox = TikTokShopPush.Sandbox(orders: 2, shopId: "7494000000000000888");
        var storeId = await TikTokShopPush.ConnectAsync(hub.Admin, sandbox, "Webhook other type shop");
        var body = TikTokShopPush.Body(shopId: "7494000000000000888", notificationId: "n-product", type: 5);

        var response = await TikTokShopPush.SendAsync(hub.Anonymous, body, TikTokShopPush.Sign(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WebhookOutcome.NothingToSync, (await WaitForProcessedAsync(storeId, 1))[0].Outcome);
        Assert.Empty(await RunsAsync(storeId));
    }

    /// <summary>Waits until the store has <paramref name="count"/> processed pushes; returns them.</summary>
    private async Task<IReadOnlyList<WebhookDeliveryView>> WaitForProcessedAsync(Guid storeId, int count)
    {
        var deliveries = hub.Factory.Services.GetRequiredService<IWebhookDeliveries>();
        IReadOnlyList<WebhookDeliveryView> rows = [];
        await WebhookHub.WaitUntilAsync(async () =>
        {
            rows = await deliveries.ListForStoreAsync(storeId, 100, CancellationToken.None);
            return rows.Count(r => r.ProcessedAt is not null) >= count;
        });
        return rows;
    }

    private async Task<List<JsonElement>> RunsAsync(Guid storeId) =>
        [.. (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}&limit=50")).EnumerateArray()];
}
