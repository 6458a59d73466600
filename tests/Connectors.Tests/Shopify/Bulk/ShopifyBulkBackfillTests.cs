using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.Shopify;
using CrossBorderHub.Connectors.Shopify.Sandbox;

namespace CrossBorderHub.Connectors.Tests.Shopify.Bulk;

public sealed class ShopifyBulkBackfillTests
{
    private static readonly string[] BulkRoots = ["bulkOperationRunQuery", "bulkOperation"];

    [Fact]
    public async Task A_first_sync_lands_every_order_once_through_a_bulk_operation_with_its_line_items_whole()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(60) with { MaxLineItemsPerOrder = 14 });

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        var orders = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(host.Sandbox.Data.VisibleOrderIds(DateTimeOffset.MaxValue).Order(), orders.Select(o => o.MarketplaceOrderId).Order());
        Assert.Contains(orders, o => o.Lines.Count > 5);
        Assert.All(orders, o => Assert.Equal(host.Sandbox.Data.LineItemCount(BulkTestHost.IndexOf(o.MarketplaceOrderId)), o.Lines.Count));
        Assert.All(pages, p => Assert.Empty(p.Quarantined));
        Assert.All(pages, p => Assert.InRange(p.Items.Count, 0, 25));

        // One operation, asked for grouped output, and nothing read page by page: no orders or order follow-ups.
        var operation = Assert.Single(host.Sandbox.BulkOperations);
        Assert.True(operation.GroupObjects);
        Assert.Equal("COMPLETED", operation.Status);
        Assert.Equal(1, operation.Downloads);
        Assert.All(host.Sandbox.Requests, r => Assert.Contains(r.RootFields, BulkRoots));

        // Done, the checkpoint is a plain watermark: the next sync pages from it.
        var watermark = WatermarkCheckpoint.Parse(pages[^1].Checkpoint);
        Assert.NotNull(watermark.UpdatedAt);
        Assert.True(watermark.UpdatedAt <= operation.CreatedAt);
        Assert.DoesNotContain("bulk", pages[^1].Checkpoint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_record_in_the_jsonl_is_quarantined_with_its_lines_while_the_rest_lands()
    {
        var faults = new ShopifyFaultPlan { OrderRecords = new Dictionary<int, ShopifySandboxRecordFault> { [7] = ShopifySandboxRecordFault.BadAmount } };
        using var host = BulkTestHost.Start(BulkTestHost.Options(30) with { Faults = faults });

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None));

        var quarantined = Assert.Single(pages.SelectMany(p => p.Quarantined));
        Assert.Equal(ShopifySandboxData.OrderId(7), quarantined.MarketplaceId);
        Assert.StartsWith("Order could not be mapped", quarantined.Reason, StringComparison.Ordinal);
        Assert.Contains("12,34.5x", quarantined.RawPayload, StringComparison.Ordinal);
        Assert.Contains("\"lineItems\"", quarantined.RawPayload, StringComparison.Ordinal);
        var landed = pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).ToList();
        Assert.Equal(29, landed.Distinct().Count());
        Assert.DoesNotContain(ShopifySandboxData.OrderId(7), landed);
    }

    [Fact]
    public async Task A_first_catalog_sync_lands_every_product_once_with_all_its_variants_in_the_shop_currency()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(1) with { ProductCount = 30, MaxVariantsPerProduct = 14, ShopCurrency = "EUR" });

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullCatalogAsync(host.Account, null, CancellationToken.None));

        var products = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(host.Sandbox.Data.ProductIds().Order(), products.Select(p => p.MarketplaceProductId).Order());
        Assert.Equal(host.Sandbox.Data.Skus().Order(), products.SelectMany(p => p.Variants).Select(v => v.Sku).Order());
        Assert.All(products.SelectMany(p => p.Variants), v => Assert.Equal("EUR", v.Price?.Currency));
        Assert.Contains(host.Sandbox.Requests, r => r.RootFields == "shop");
        Assert.DoesNotContain(host.Sandbox.Requests, r => r.RootFields is "products" or "product");
    }

    [Fact]
    public async Task A_sync_with_a_checkpoint_pages_as_before_and_starts_no_bulk_operation()
    {
        using var host = BulkTestHost.Start(BulkTestHost.Options(20));
        var checkpoint = new WatermarkCheckpoint(new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero)).ToString();

        var pages = await ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, checkpoint, CancellationToken.None));

        Assert.Equal(20, pages.SelectMany(p => p.Items).Count());
        Assert.Empty(host.Sandbox.BulkOperations);
    }
}
