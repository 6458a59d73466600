using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors;
using CrossBorderHub.Connectors.SandboxKit.Consent;
using CrossBorderHub.Connectors.Shopify.Webhooks;
using CrossBorderHub.Hub.Tests.Contract;
using CrossBorderHub.Hub.Tests.Infrastructure;
using CrossBorderHub.Hub.Tests.Webhooks;
using CrossBorderHub.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorderHub.Hub.Tests.Consent.Shopify;

/// <summary>
/// A Shopify shop connected through consent, then pushing: the sandbox signs an order webhook with the app's client
/// secret, the hub answers it, records it once and starts that store's orders sync.
/// </summary>
public sealed class ShopifyWebhookEndToEndTests(ConsentHubs<ShopifyConsentAdapter> hubs) : IClassFixture<ConsentHubs<ShopifyConsentAdapter>>
{
    private static readonly Uri Endpoint = new("/webhooks/shopify", UriKind.Relative);

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_signed_order_webhook_for_a_consented_shop_starts_one_orders_sync_and_neither_its_redelivery_nor_a_forgery_start_another(string database)
    {
        var hub = await hubs.ForAsync(database);
        var shop = ((ShopifyConsentContractSandbox)hub.Sandbox).Shop;
        var storeId = await ConnectAsync(hub);
        await WaitForRunsAsync(hub, storeId, 1);

        using var push = shop.WebhookRequest(Endpoint, "orders/updated", shop.OrderWebhookPayload(4));
        var webhookId = push.Headers.GetValues(ShopifyWebhookHeaders.WebhookId).Single();
        using var answer = await hub.Browser.SendAsync(push);
        var runs = await WaitForRunsAsync(hub, storeId, 2);
        var pushed = await hub.Admin.WaitForRunAsync(runs[^1].GetProperty("id").GetGuid());

        using var redelivery = shop.WebhookRequest(Endpoint, "orders/updated", shop.OrderWebhookPayload(4), webhookId);
        using var redelivered = await hub.Browser.SendAsync(redelivery);
        using var forgery = shop.WebhookRequest(Endpoint, "orders/updated", shop.OrderWebhookPayload(5), clientSecret: "not-the-client-secret");
        using var forged = await hub.Browser.SendAsync(forgery);
        using var other = shop.WebhookRequest(Endpoint, "shop/update", "{}");
        using var otherAnswer = await hub.Browser.SendAsync(other);
        var rows = await WaitForProcessedAsync(hub, storeId, 2);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(pushed.GetProperty("status").GetString() == "Succeeded", pushed.ToString());
        Assert.Equal("orders", pushed.GetProperty("entity").GetString());
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherAnswer.StatusCode);
        var processed = rows.OrderBy(r => r.ReceivedAt).ToList();
        Assert.Equal([webhookId, other.Headers.GetValues(ShopifyWebhookHeaders.WebhookId).Single()], processed.Select(r => r.DeliveryId));
        Assert.Equal([MarketplaceCapabilities.PullOrders, MarketplaceCapabilities.None], processed.Select(r => r.Pulls));
        Assert.Equal(WebhookOutcome.NothingToSync, processed[1].Outcome);
        Assert.Equal(2, (await RunsAsync(hub, storeId)).Count);
    }

    private static async Task<Guid> ConnectAsync(ConsentHub hub)
    {
        var tenant = await hub.Admin.PostAsJsonAsync("/api/v1/tenants", new { name = "Pushing Shopify seller" });
        var tenantId = (await tenant.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var started = await hub.Admin.PostAsJsonAsync($"/api/v1/tenants/{tenantId}/authorizations", new { marketplace = "shopify", input = hub.Sandbox.Input });
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();
        var callback = await SandboxConsentBrowser.DecideAsync(new Uri(body.GetProperty("consentUrl").GetString()!), approve: true, CancellationToken.None);
        using var arrived = await hub.Browser.GetAsync(new Uri(callback.PathAndQuery, UriKind.Relative));
        Assert.True(arrived.StatusCode == HttpStatusCode.OK, await arrived.Content.ReadAsStringAsync());
        var authorization = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/tenants/{tenantId}/authorizations/{body.GetProperty("id").GetGuid()}");
        return authorization.GetProperty("storeId").GetGuid();
    }

    private static async Task<List<JsonElement>> RunsAsync(ConsentHub hub, Guid storeId) =>
        [.. (await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/sync-runs?storeId={storeId}&limit=50")).EnumerateArray().OrderBy(r => r.GetProperty("queuedAt").GetDateTimeOffset())];

    /// <summary>Waits until the store has <paramref name="count"/> runs and the last of them has finished.</summary>
    private static async Task<List<JsonElement>> WaitForRunsAsync(ConsentHub hub, Guid storeId, int count)
    {
        List<JsonElement> runs = [];
        await WebhookHub.WaitUntilAsync(async () => (runs = await RunsAsync(hub, storeId)).Count >= count);
        await hub.Admin.WaitForRunAsync(runs[^1].GetProperty("id").GetGuid());
        return runs;
    }

    private static async Task<IReadOnlyList<WebhookDeliveryView>> WaitForProcessedAsync(ConsentHub hub, Guid storeId, int count)
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
}
