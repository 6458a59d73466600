using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Sandbox;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayStockPushTests
{
    [Fact]
    public async Task Stock_goes_out_in_calls_of_25_skus_and_every_sku_is_set()
    {
        using var sandbox = EbayInventorySandboxTests.Sandbox(80);
        using var host = EbayInventorySandboxTests.Host();
        var updates = Enumerable.Range(0, 60).Select(i => new StockUpdate(EbaySandboxCatalog.Sku(i), i % 2 == 0 ? null : EbayConstants.ShipToLocation, 100 + i)).ToList();

        var result = await host.Connector.SetStockAsync(EbayTestHost.Account(sandbox), updates, Guid.NewGuid(), CancellationToken.None);

        Assert.Equal(3, sandbox.Requests.Count(r => r.Path.EndsWith("bulk_update_price_quantity", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(0, 60).Select(i => 100 + i), Enumerable.Range(0, 60).Select(sandbox.Catalog.QuantityOf));
        Assert.Equal("bulkUpdatePriceQuantity: 60 of 60 SKU(s) set", result.MarketplaceReference);
        Assert.Equal("eBay set the ship-to-home quantity of all 60 SKU(s).", result.Summary);
    }

    [Fact]
    public async Task A_partly_refused_update_names_each_refused_sku_with_ebays_reason_and_keeps_the_rest()
    {
        using var sandbox = EbayInventorySandboxTests.Sandbox(10, skuErrors: new Dictionary<string, EbaySandboxSkuError>
        {
            ["EB-003"] = new(400, 25604, "The listing is on hold and cannot be revised."),
        });
        using var host = EbayInventorySandboxTests.Host();
        StockUpdate[] updates = [new("EB-001", null, 5), new("EB-003", null, 6), new("NOPE-1", null, 7), new("EB-004", null, 8)];

        var result = await host.Connector.SetStockAsync(EbayTestHost.Account(sandbox), updates, Guid.NewGuid(), CancellationToken.None);

        Assert.Equal("bulkUpdatePriceQuantity: 2 of 4 SKU(s) set", result.MarketplaceReference);
        Assert.StartsWith("PARTIAL: eBay set 2 of 4 SKU(s) and refused 2: ", result.Summary, StringComparison.Ordinal);
        Assert.Contains("EB-003 (400 25604: The listing is on hold and cannot be revised.", result.Summary, StringComparison.Ordinal);
        Assert.Contains("NOPE-1 (404 25702: SKU NOPE-1 is not available in the system.", result.Summary, StringComparison.Ordinal);
        Assert.Equal([("EB-001", 5), ("EB-004", 8)], sandbox.Catalog.StockSets.Select(s => (s.Sku, s.After)));
    }

    [Fact]
    public async Task An_update_eBay_refuses_for_every_sku_fails_as_rejected_with_the_reasons()
    {
        using var sandbox = EbayInventorySandboxTests.Sandbox(10);
        using var host = EbayInventorySandboxTests.Host();

        var error = await Assert.ThrowsAsync<MarketplaceException>(() =>
            host.Connector.SetStockAsync(EbayTestHost.Account(sandbox), [new("NOPE-1", null, 1), new("NOPE-2", null, 2)], Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, error.Kind);
        Assert.Equal("25702", error.Code);
        Assert.Contains("refused all 2 SKU(s): NOPE-1 (404 25702", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sku_eBay_could_not_set_for_now_fails_the_command_as_transient_so_the_outbox_sends_it_again()
    {
        using var sandbox = EbayInventorySandboxTests.Sandbox(10, skuErrors: new Dictionary<string, EbaySandboxSkuError>
        {
            ["EB-002"] = new(500, 25001, "A system error has occurred."),
        });
        using var host = EbayInventorySandboxTests.Host();

        var error = await Assert.ThrowsAsync<MarketplaceException>(() =>
            host.Connector.SetStockAsync(EbayTestHost.Account(sandbox), [new("EB-001", null, 1), new("EB-002", null, 2)], Guid.NewGuid(), CancellationToken.None));

        Assert.True(error.IsTransient);
        Assert.Contains("could not set 1 of 2 SKU(s) for now: EB-002 (500 25001", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Catalog.QuantityOf(0));
    }

    [Fact]
    public async Task A_location_other_than_the_ship_to_home_quantity_is_refused_before_any_call()
    {
        using var sandbox = EbayInventorySandboxTests.Sandbox(10);
        using var host = EbayInventorySandboxTests.Host();

        var error = await Assert.ThrowsAsync<MarketplaceException>(() =>
            host.Connector.SetStockAsync(EbayTestHost.Account(sandbox), [new("EB-001", "warehouse-2", 1)], Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, error.Kind);
        Assert.Equal("LOCATION", error.Code);
        Assert.Equal(0, sandbox.RequestCount);
    }

    [Fact]
    public void The_connector_declares_catalog_inventory_and_stock_push()
    {
        using var host = EbayInventorySandboxTests.Host();

        Assert.Equal(
            MarketplaceCapabilities.PullOrders | MarketplaceCapabilities.PullCatalog | MarketplaceCapabilities.PullInventory
            | MarketplaceCapabilities.PushShipment | MarketplaceCapabilities.PushInventory,
            host.Connector.Capabilities);
    }
}
