using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.Shopee.Sandbox;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Webhooks.Shopee;

/// <summary>
/// A Shopee push through the hub end to end: built and signed by the sandbox as Shopee does (over the push URL and the
/// body), verified with the store's partner key, stored, answered, and turned into an orders sync of that store; the
/// same push again is answered and dropped, and a body changed after signing is refused.
/// </summary>
public abstract class ShopeePushScenarios(HubFixture hub)
{
    private const int Orders = 5;

    protected async Task An_order_status_push_syncs_the_shops_orders_once_and_its_redelivery_is_dropped()
    {
        using var sandbox = ShopeeSandbox.Start(new ShopeeSandboxOptions
        {
            Seed = 17,
            ShopId = 60_021_999,
            OrderCount = Orders,
            OrdersStartAt = TimeProvider.System.GetUtcNow() - TimeSpan.FromDays(1),
            OrderInterval = TimeSpan.FromHours(1),
        });
        var storeId = await ConnectAsync(sandbox);
        var url = new Uri(hub.Anonymous.BaseAddress!, "/webhooks/shopee");
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var (body, authorization) = sandbox.Push(url, 3, ShopeeSandbox.OrderStatusData(sandbox.Data.OrderSn(0), "READY_TO_SHIP", timestamp), timestamp);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("READY_TO_SHIP", "CANCELLED", StringComparison.Ordinal));

        using var refused = await SendAsync(tampered, authorization);
        using var accepted = await SendAsync(body, authorization);
        var rows = await WaitForProcessedAsync(storeId, 1);
        var run = Assert.Single(await RunsAsync(storeId));
        var finished = await hub.Admin.WaitForRunAsync(run.GetProperty("id").GetGuid());
        using var redelivered = await SendAsync(body, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        var row = Assert.Single(rows);
        Assert.Equal("order_status_push", row.Topic);
        Assert.StartsWith($"3-{sandbox.Options.ShopId}-{timestamp}-", row.DeliveryId, StringComparison.Ordinal);
        Assert.Equal(WebhookOutcome.SyncStarted, row.Outcome);
        Assert.Equal("orders", run.GetProperty("entity").GetString()!, ignoreCase: true);
        Assert.True(finished.GetProperty("status").GetString() == "Succeeded", finished.ToString());
        var (orders, _) = await hub.Erp.ReadFeedAsync("orders", storeId);
        Assert.Equal(Orders, orders.Count);
        Assert.Single(await hub.Factory.Services.GetRequiredService<IWebhookDeliveries>().ListForStoreAsync(storeId, 100, CancellationToken.None));
        Assert.Single(await RunsAsync(storeId));
    }

    private async Task<Guid> ConnectAsync(ShopeeSandbox sandbox)
    {
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/stores", new
        {
            marketplace = "shopee",
            name = "Shopee push shop",
            settings = new
            {
                partnerId = sandbox.Options.PartnerId.ToString(CultureInfo.InvariantCulture),
                shopId = sandbox.Options.ShopId.ToString(CultureInfo.InvariantCulture),
                host = "sandbox",
            },
            credentials = new Dictionary<string, string>
            {
                ["partnerKey"] = sandbox.Options.PartnerKey,
                ["accessToken"] = sandbox.Options.AccessToken,
                ["refreshToken"] = sandbox.Options.RefreshToken,
            },
            baseUrl = sandbox.Url,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>POST /webhooks/shopee, the app's Push Mechanism callback URL.</summary>
    private async Task<HttpResponseMessage> SendAsync(byte[] body, string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/shopee", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await hub.Anonymous.SendAsync(request);
    }

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
