using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Mapping;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.Kit.Cursors;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Tests.Shopify;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonReportBackfillTests
{
    private const string Header = "amazon-order-id\tmerchant-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel\tsales-channel\torder-channel\turl\tship-service-level\tproduct-name\tsku\tasin\titem-status\tquantity\tcurrency\titem-price\titem-tax\tshipping-price\tshipping-tax\tgift-wrap-price\tgift-wrap-tax\titem-promotion-discount\tship-promotion-discount\tship-city\tship-state\tship-postal-code\tship-country\tpromotion-ids\tis-business-order\tpurchase-order-number\tprice-designation";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_flat_file_order_of_two_items_maps_to_the_stated_canonical_order()
    {
        var text = string.Join('\n',
            Header,
            "111-2222222-3333333\t\t2026-03-01T10:00:00+00:00\t2026-03-02T08:30:00+00:00\tShipped\tMerchant\tAmazon.com\t\t\tStandard\tMug\tMUG-1\tB000000001\tShipped\t2\tUSD\t20.00\t1.60\t4.99\t0.40\t\t\t-2.00\t\tSeattle\tWA\t98101\tUS\t\tfalse\t\t",
            "111-2222222-3333333\t\t2026-03-01T10:00:00+00:00\t2026-03-02T08:30:00+00:00\tShipped\tMerchant\tAmazon.com\t\t\tStandard\tCup\tCUP-1\tB000000002\tShipped\t1\tUSD\t5.50\t0.44\t0.00\t0.00\t\t\t\t-1.00\tSeattle\tWA\t98101\tUS\t\tfalse\t\t",
            "444-5555555-6666666\t\t2026-03-03T10:00:00+00:00\t2026-03-03T11:00:00+00:00\tCancelled\tAmazon\tAmazon.com\t\t\tStandard\tMug\tMUG-1\tB000000001\tCancelled\t0\tUSD\t0.00\t\t\t\t\t\t\t\t\t\t\t\t\tfalse\t\t");
        var orders = AmazonFlatFile.Orders(new StringReader(text));
        var issues = new List<MappingIssue>();

        var order = AmazonReportOrderRules.Map(orders[0], issues);
        var cancelled = AmazonReportOrderRules.Map(orders[1], issues);

        Assert.Equal(2, orders.Count);
        Assert.Empty(issues);
        Assert.Equal("111-2222222-3333333", order.MarketplaceOrderId);
        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal("Shipped", order.MarketplaceStatus);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero), order.PlacedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero), order.UpdatedAt);
        Assert.Equal("USD", order.Currency);
        Assert.Equal(new Money(25.50m, "USD"), order.Totals.Items);
        Assert.Equal(new Money(4.99m, "USD"), order.Totals.Shipping);
        Assert.Equal(new Money(2.44m, "USD"), order.Totals.Tax);
        Assert.Equal(new Money(3.00m, "USD"), order.Totals.Discounts);
        Assert.Equal(new Money(29.93m, "USD"), order.Totals.Total);
        Assert.Equal(FulfilmentChannel.Merchant, order.FulfilmentChannel);
        Assert.Equal(("Seattle", "WA", "98101", "US"), (order.ShippingAddress?.City, order.ShippingAddress?.Region, order.ShippingAddress?.PostalCode, order.ShippingAddress?.CountryCode));
        Assert.Equal(2, order.Lines.Count);
        Assert.Equal(("MUG-1#1", "MUG-1", 2, new Money(10.00m, "USD"), new Money(1.60m, "USD"), new Money(2.00m, "USD")),
            (order.Lines[0].MarketplaceLineId, order.Lines[0].Sku, order.Lines[0].Quantity, order.Lines[0].UnitPrice, order.Lines[0].Tax, order.Lines[0].Discount));
        Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
        Assert.Equal(FulfilmentChannel.Marketplace, cancelled.FulfilmentChannel);
        Assert.Equal(0, Assert.Single(cancelled.Lines).Quantity);
    }

    [Fact]
    public async Task A_first_sync_with_report_backfill_reads_70_days_in_three_gzipped_reports_and_then_pages_from_their_end()
    {
        using var sandbox = AmazonSandbox.Start(new AmazonSandboxOptions
        {
            Seed = 9,
            OrderCount = 700,
            TimeProvider = _time,
            OrdersStartAt = _time.GetUtcNow() - TimeSpan.FromDays(69),
            OrderInterval = TimeSpan.FromHours(2),
            SearchOrdersPlan = SandboxRateLimit.Off,
            ExpiresInSeconds = 86_400,
        });
        using var host = new AmazonTestHost(
            sandbox,
            _time,
            AmazonConstants.OrdersApi2026,
            AmazonConstants.ReportsBackfill,
            new Dictionary<string, string?> { ["Connectors:Amazon:InitialLookback"] = "70.00:00:00", ["Connectors:Amazon:ReportPollInterval"] = "00:00:05", ["Connectors:Amazon:ReportPageSize"] = "200" });

        var pages = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)));

        var ids = pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).ToList();
        Assert.Equal(Enumerable.Range(0, sandbox.Data.Arrivals.VisibleCount(_time.GetUtcNow())).Select(sandbox.Data.OrderId).Order(), ids.Order());
        Assert.Equal(3, sandbox.ReportWindows.Count);
        Assert.All(sandbox.ReportWindows, w => Assert.True(w.End - w.Start <= TimeSpan.FromDays(30)));
        Assert.DoesNotContain(sandbox.Requests, r => r.Operation == AmazonConstants.Operations.SearchOrders);
        Assert.All(pages.SelectMany(p => p.Quarantined), q => Assert.Fail(q.Reason));

        // The backfill ends on an updated-since checkpoint: the next sync pages through searchOrders from there.
        var watermark = WatermarkCheckpoint.Parse(pages[^1].Checkpoint).UpdatedAt;
        Assert.NotNull(watermark);
        Assert.True(watermark > _time.GetUtcNow() - TimeSpan.FromMinutes(10), $"{watermark}");
        await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, pages[^1].Checkpoint, CancellationToken.None)));
        Assert.Contains(sandbox.Requests, r => r.Operation == AmazonConstants.Operations.SearchOrders);
        Assert.Equal(3, sandbox.ReportWindows.Count);
    }

    [Fact]
    public async Task A_backfill_cut_off_inside_a_report_resumes_in_its_window_without_a_new_report()
    {
        using var sandbox = AmazonSandbox.Start(new AmazonSandboxOptions
        {
            Seed = 9,
            OrderCount = 300,
            TimeProvider = _time,
            OrdersStartAt = _time.GetUtcNow() - TimeSpan.FromDays(20),
            OrderInterval = TimeSpan.FromHours(1),
            ExpiresInSeconds = 86_400,
        });
        using var host = new AmazonTestHost(
            sandbox,
            _time,
            AmazonConstants.OrdersApi2026,
            AmazonConstants.ReportsBackfill,
            new Dictionary<string, string?> { ["Connectors:Amazon:InitialLookback"] = "25.00:00:00", ["Connectors:Amazon:ReportPollInterval"] = "00:00:05", ["Connectors:Amazon:ReportPageSize"] = "100" });
        var first = await ShopifyTestHost.PumpAsync(_time, async () =>
        {
            await foreach (var page in host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None))
            {
                return page;
            }

            throw new InvalidOperationException("No page.");
        });

        var rest = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, first.Checkpoint, CancellationToken.None)));

        Assert.Equal(100, first.Items.Count);
        Assert.Equal(300, first.Items.Concat(rest.SelectMany(p => p.Items)).Select(o => o.MarketplaceOrderId).Distinct().Count());
        // The window being read is not requested again; the resumed run only adds the short window its later horizon opens.
        var windows = sandbox.ReportWindows;
        Assert.Single(windows, w => w.Start == windows[0].Start);
        Assert.All(windows.Skip(1), w => Assert.True(w.Start >= windows[0].End));
    }
}
