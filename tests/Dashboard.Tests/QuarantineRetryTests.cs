using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossBorderHub.Dashboard.Tests.Infrastructure;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrossBorderHub.Dashboard.Tests;

/// <summary>"Retry" on a quarantined record maps its stored payload again with the connector's mapper.</summary>
public sealed class QuarantineRetryTests(SqliteDashboardFixture fixture) : IClassFixture<SqliteDashboardFixture>
{
    private const string HandFixed = "Amount corrected by hand";

    [Fact]
    public async Task A_record_that_still_cannot_be_mapped_stays_with_the_reason_shown()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync($"/quarantine?storeId={fixture.HealthyStore}");
        var row = page.Locator("#quarantine tr[data-entry-id]").Filter(new() { HasText = "could not be mapped" }).First;
        var id = await row.GetAttributeAsync("data-entry-id");

        await row.Locator("button.retry").ClickAsync();

        Assert.StartsWith("It still cannot be mapped:", await page.TextContentAsync(".flash"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator($"#quarantine tr[data-entry-id='{id}']").CountAsync());
    }

    [Fact]
    public async Task A_payload_that_maps_now_is_stored_as_an_order_and_leaves_the_quarantine()
    {
        using var admin = fixture.Hub.Admin();
        var store = fixture.HealthyStore;
        var broken = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/quarantine?storeId={store}")).EnumerateArray()
            .First(e => e.GetProperty("reason").GetString()!.StartsWith("Order could not be mapped", StringComparison.Ordinal));
        var payload = JsonNode.Parse(broken.GetProperty("rawPayload").GetString()!)!;
        foreach (var money in new[] { "shopMoney", "presentmentMoney" })
        {
            if (payload["totalPriceSet"]?[money] is JsonObject amount)
            {
                amount["amount"] = "10.00";
            }
        }

        var marketplaceId = broken.GetProperty("marketplaceId").GetString()!;
        var canonical = fixture.Hub.Services.GetRequiredService<ICanonicalStore>();
        var checkpoint = await canonical.GetCheckpointAsync(store, SyncEntity.Orders, CancellationToken.None);
        await canonical.WriteOrdersAsync(
            new PageWrite<CanonicalOrder>(store, SyncEntity.Orders, broken.GetProperty("runId").GetGuid(), [], [new QuarantinedRecord(marketplaceId, payload.ToJsonString(), HandFixed)], checkpoint!),
            CancellationToken.None);
        var before = await OrdersAsync(admin, store);
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync($"/quarantine?storeId={store}");

        await page.Locator("#quarantine tr[data-entry-id]").Filter(new() { HasText = HandFixed }).Locator("button.retry").ClickAsync();

        Assert.Equal($"Order {marketplaceId} is mapped and stored; it left the quarantine.", await page.TextContentAsync(".flash"));
        Assert.Equal(0, await page.Locator("#quarantine tr[data-entry-id]").Filter(new() { HasText = HandFixed }).CountAsync());
        var after = await OrdersAsync(admin, store);
        Assert.DoesNotContain(marketplaceId, before);
        Assert.Contains(marketplaceId, after);
    }

    private static async Task<List<string>> OrdersAsync(HttpClient admin, Guid storeId)
    {
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/orders?storeId={storeId}&limit=500");
        return [.. page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("marketplaceOrderId").GetString()!)];
    }
}
