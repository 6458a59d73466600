using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Hub.Tests.Infrastructure;

namespace CrossBorderHub.Hub.Tests.Contract.Ebay;

/// <summary>eBay's catalog, inventory, partial stock refusals and call budgets end to end through the hub's API.</summary>
public sealed class EbayHubTests(ContractHubs hubs) : IClassFixture<ContractHubs>
{
    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task Catalog_and_inventory_sweeps_land_once_and_a_second_sweep_of_unchanged_items_writes_nothing(string database)
    {
        var hub = await hubs.ForAsync(database);
        using var sandbox = Sandbox(35);
        var storeId = await ConnectAsync(hub, sandbox, $"eBay sweep {database}");

        var catalogRun = await hub.Admin.SyncAsync(storeId, "catalog");
        var inventoryRun = await hub.Admin.SyncAsync(storeId, "inventory");
        var (products, productsNext) = await hub.Erp.ReadFeedAsync("products", storeId);
        var (levels, levelsNext) = await hub.Erp.ReadFeedAsync("inventory", storeId);
        var again = await hub.Admin.SyncAsync(storeId, "inventory");
        var (unchanged, _) = await hub.Erp.ReadFeedAsync("inventory", storeId, levelsNext);

        Assert.Equal("Succeeded", catalogRun.GetProperty("status").GetString());
        Assert.Equal(35, products.Count);
        Assert.Equal(Enumerable.Range(0, 35).Select(EbaySandboxCatalog.Sku).Order(), products.Select(p => p.GetProperty("marketplaceProductId").GetString()!).Order());
        Assert.Equal(35, inventoryRun.GetProperty("upserted").GetInt32());
        Assert.All(levels, l => Assert.Equal("shipToLocation", l.GetProperty("locationId").GetString()));
        Assert.Equal(
            Enumerable.Range(0, 35).Select(i => sandbox.Catalog.QuantityOf(i)),
            Enumerable.Range(0, 35).Select(i => levels.Single(l => l.GetProperty("sku").GetString() == EbaySandboxCatalog.Sku(i)).GetProperty("available").GetInt32()));
        Assert.Equal((0, 35), (again.GetProperty("upserted").GetInt32(), again.GetProperty("stale").GetInt32()));
        Assert.Empty(unchanged);
        Assert.NotEmpty(productsNext);
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task A_stock_update_eBay_partly_refuses_is_confirmed_with_each_refused_sku_and_reason(string database)
    {
        var hub = await hubs.ForAsync(database);
        using var sandbox = Sandbox(10, new Dictionary<string, EbaySandboxSkuError> { ["EB-002"] = new(400, 25604, "The listing is on hold and cannot be revised.") });
        var storeId = await ConnectAsync(hub, sandbox, $"eBay partial stock {database}");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/inventory/updates", UriKind.Relative))
        {
            Content = JsonContent.Create(new { updates = new[] { new { storeId, sku = "EB-001", quantity = 12 }, new { storeId, sku = "EB-002", quantity = 13 } } }),
        };
        request.Headers.Add("Idempotency-Key", $"ebay-partial-{storeId}");

        var command = await hub.Admin.WaitForCommandAsync(await (await hub.Admin.SendAsync(request)).CommandIdAsync());

        Assert.Equal("Confirmed", command.GetProperty("status").GetString());
        Assert.Equal("bulkUpdatePriceQuantity: 1 of 2 SKU(s) set", command.GetProperty("marketplaceReference").GetString());
        Assert.Contains("PARTIAL", command.ToString(), StringComparison.Ordinal);
        Assert.Contains("EB-002 (400 25604: The listing is on hold", command.ToString(), StringComparison.Ordinal);
        Assert.Equal(12, sandbox.Catalog.QuantityOf(0));
    }

    [Theory]
    [ContractData(ContractDatabase.Sqlite)]
    [ContractData(ContractDatabase.PostgreSql)]
    public async Task Admins_see_what_is_left_of_the_applications_daily_quotas_and_erp_keys_do_not(string database)
    {
        var hub = await hubs.ForAsync(database);
        using var sandbox = Sandbox(5);
        var storeId = await ConnectAsync(hub, sandbox, $"eBay budgets {database}");
        await hub.Admin.SyncAsync(storeId, "orders");

        var budgets = await hub.Admin.GetFromJsonAsync<JsonElement>($"/api/v1/stores/{storeId}/call-budgets");
        var erp = await hub.Erp.GetAsync(new Uri($"/api/v1/stores/{storeId}/call-budgets", UriKind.Relative));
        var unknown = await hub.Admin.GetAsync(new Uri($"/api/v1/stores/{Guid.NewGuid()}/call-budgets", UriKind.Relative));

        Assert.Equal("ebay", budgets.GetProperty("marketplace").GetString());
        var fulfillment = budgets.GetProperty("budgets").EnumerateArray().Single(b => b.GetProperty("api").GetString() == "sell.fulfillment");
        Assert.Equal("marketplace", fulfillment.GetProperty("source").GetString());
        Assert.Equal(100_000, fulfillment.GetProperty("limit").GetInt64());
        // The store's scheduled syncs may call again between eBay's count and the sandbox's.
        Assert.InRange(fulfillment.GetProperty("used").GetInt64(), 1, sandbox.CallsToday("fulfillment"));
        Assert.Equal($"application {sandbox.Options.ClientId}", fulfillment.GetProperty("scope").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, erp.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static EbaySandbox Sandbox(int items, IReadOnlyDictionary<string, EbaySandboxSkuError>? skuErrors = null) =>
        EbaySandbox.Start(new EbaySandboxOptions
        {
            Seed = Random.Shared.Next(1, 1_000_000),
            OrderCount = 5,
            ItemCount = items,
            MarketplaceId = "EBAY_DE",
            OrdersStartAt = TimeProvider.System.GetUtcNow().AddMinutes(-10),
            ClientId = $"app-{Guid.NewGuid():N}",
            InventoryRateLimit = SandboxRateLimit.Off,
            SkuErrors = skuErrors ?? new Dictionary<string, EbaySandboxSkuError>(),
        });

    private static async Task<Guid> ConnectAsync(HubFixture hub, EbaySandbox sandbox, string name)
    {
        var body = new EbayContractSandbox(sandbox, new()).StoreBody(name);
        var response = await hub.Admin.PostAsJsonAsync("/api/v1/stores", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
