using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.TikTokShop.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Hub.Tests.Webhooks;

/// <summary>Drop every webhook and the data still arrives: scheduled polling stays on whatever happens to the pushes.</summary>
public abstract class PollingSafetyNetScenarios
{
    private const int Orders = 30;
    private const int FirstBatch = 10;
    private const string ShopId = "7494000000000000999";

    protected abstract DatabaseUnderTest CreateDatabase(string folder);

    protected async Task A_hub_whose_every_webhook_is_refused_still_gets_every_order_through_its_schedule()
    {
        using var folder = new TempFolder();
        var database = CreateDatabase(folder.Path);
        var start = new TikTokShopSandboxOptions().OrdersStartAt;
        var clock = new FakeTimeProvider(start + TimeSpan.FromMinutes(FirstBatch - 1));
        using var sandbox = TikTokShopPush.Sandbox(orders: Orders, shopId: ShopId, clock: clock);
        try
        {
            await using var hub = new HubFactory(database, folder.Path, new Dictionary<string, string?>
            {
                ["Sync:ScheduleEnabled"] = "true",
                ["Sync:OrdersInterval"] = "00:00:01",
                ["Sync:CatalogInterval"] = "7.00:00:00",
                ["Sync:InventoryInterval"] = "7.00:00:00",
            });
            var admin = hub.CreateClient(HubFactory.AdminKey);
            var erp = hub.CreateClient(HubFactory.ErpKey);
            var anonymous = hub.CreateClient();
            var storeId = await TikTokShopPush.ConnectAsync(admin, sandbox, "Pushes lost");

            // Each order's push arrives signed with a secret the hub does not know, as if it had been tampered with or lost.
            await RefusedPushesAsync(anonymous, 0, FirstBatch);
            await WaitForOrdersAsync(erp, storeId, FirstBatch);
            clock.Advance(TimeSpan.FromMinutes(Orders));
            await RefusedPushesAsync(anonymous, FirstBatch, Orders);
            var orders = await WaitForOrdersAsync(erp, storeId, Orders);

            var expected = Enumerable.Range(0, Orders).Select(TikTokShopSandboxData.OrderId).ToHashSet();
            Assert.True(expected.SetEquals(orders), string.Join(", ", orders));
            Assert.Empty(await hub.Services.GetRequiredService<IWebhookDeliveries>().ListForStoreAsync(storeId, 10, CancellationToken.None));
            var runs = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}&limit=100")).EnumerateArray().ToList();
            Assert.All(runs, r => Assert.Equal("schedule", r.GetProperty("trigger").GetString()));
        }
        finally
        {
            await database.DropAsync();
        }
    }

    private static async Task RefusedPushesAsync(HttpClient anonymous, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var body = TikTokShopPush.Body(ShopId, $"lost-{i}", orderId: TikTokShopSandboxData.OrderId(i));
            var response = await TikTokShopPush.SendAsync(anonymous, body, TikTokShopPush.Sign(body, "a_secret_the_hub_does_not_know"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    private static async Task<HashSet<string>> WaitForOrdersAsync(HttpClient erp, Guid storeId, int count)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await WebhookHub.WaitUntilAsync(async () =>
        {
            ids = (await erp.ReadFeedAsync("orders", storeId)).Items.Select(o => o.GetProperty("marketplaceOrderId").GetString()!).ToHashSet(StringComparer.Ordinal);
            return ids.Count >= count;
        });
        return ids;
    }
}
