using System.Text;
using System.Text.Json;
using CrossBorderHub.Connectors.Amazon;
using CrossBorderHub.Connectors.Amazon.Sandbox;
using CrossBorderHub.Connectors.Kit.Pulling;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Connectors.Tests.Shopify;
using CrossBorderHub.Mapping.Canonical;
using CrossBorderHub.Mapping.Ports;
using CrossBorderHub.Mapping.Rules;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Amazon;

public sealed class AmazonRemapTests
{
    private const int Faulty = 2;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_searchOrders_order_quarantined_for_an_unknown_currency_maps_once_its_currency_is_corrected()
    {
        using var sandbox = Sandbox(AmazonSandboxRecordFault.UnknownCurrency);
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);
        var (pulled, quarantined) = await PullAsync(host);

        var issues = new List<MappingIssue>();
        var order = Assert.Single(await Remapper(host).RemapOrderAsync(host.Account, quarantined.RawPayload.Replace("\"XQQ\"", "\"USD\"", StringComparison.Ordinal), issues, CancellationToken.None));

        Assert.Equal(sandbox.Data.OrderId(Faulty), order.MarketplaceOrderId);
        Assert.Equal("USD", order.Totals.Total.Currency);
        Assert.NotEmpty(order.Lines);
        Assert.Equal(order.Totals.Total.Amount, order.Totals.Items.Amount + order.Totals.Tax.Amount + order.Totals.Shipping.Amount);
        Assert.DoesNotContain(pulled, o => o.MarketplaceOrderId == order.MarketplaceOrderId);
    }

    [Theory]
    [InlineData(AmazonConstants.OrdersApi2026)]
    [InlineData(AmazonConstants.OrdersApiV0)]
    public async Task A_payload_that_is_still_broken_raises_the_record_fault_it_was_quarantined_for(string ordersApi)
    {
        using var sandbox = Sandbox(AmazonSandboxRecordFault.UnknownCurrency);
        using var host = new AmazonTestHost(sandbox, _time, ordersApi);
        var (_, quarantined) = await PullAsync(host);

        var fault = await Assert.ThrowsAnyAsync<Exception>(() => Remapper(host).RemapOrderAsync(host.Account, quarantined.RawPayload, [], CancellationToken.None));

        Assert.True(RecordFaults.IsRecordFault(fault), fault.ToString());
        Assert.EndsWith(RecordFaults.ReasonOf(fault), quarantined.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_v0_order_without_its_items_reads_them_with_getOrderItems_and_maps_as_the_pull_did()
    {
        using var sandbox = Sandbox(AmazonSandboxRecordFault.None);
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApiV0);
        var (pulled, _) = await PullAsync(host, quarantines: false);
        var expected = Assert.Single(pulled, o => o.MarketplaceOrderId == sandbox.Data.OrderId(1));
        var itemCalls = ItemCalls(sandbox);

        var stored = V0Payload(sandbox, 1);
        Assert.DoesNotContain("OrderItems", stored, StringComparison.Ordinal);
        var order = Assert.Single(await Remapper(host).RemapOrderAsync(host.Account, stored, [], CancellationToken.None));

        Assert.Equal(itemCalls + 1, ItemCalls(sandbox));
        Assert.Equal(expected.MarketplaceOrderId, order.MarketplaceOrderId);
        Assert.Equal(expected.Status, order.Status);
        Assert.Equal(expected.FulfilmentChannel, order.FulfilmentChannel);
        Assert.Equal(expected.Totals, order.Totals);
        Assert.Equal(expected.Lines.Select(l => (l.Sku, l.Quantity)), order.Lines.Select(l => (l.Sku, l.Quantity)));
    }

    [Fact]
    public async Task Stored_order_report_rows_map_without_a_call_and_rows_of_two_orders_are_refused()
    {
        using var sandbox = Sandbox(AmazonSandboxRecordFault.None);
        using var host = new AmazonTestHost(sandbox, _time, AmazonConstants.OrdersApi2026);
        var requests = sandbox.RequestCount;

        var order = Assert.Single(await Remapper(host).RemapOrderAsync(host.Account, ReportPayload(sandbox, 3), [], CancellationToken.None));
        var twoOrders = await Assert.ThrowsAsync<MappingException>(() => Remapper(host).RemapOrderAsync(host.Account, ReportPayload(sandbox, 3, 4), [], CancellationToken.None));

        Assert.Equal(sandbox.Data.OrderId(3), order.MarketplaceOrderId);
        Assert.NotEmpty(order.Lines);
        Assert.Equal(requests, sandbox.RequestCount);
        Assert.True(RecordFaults.IsRecordFault(twoOrders));
    }

    private static string ReportPayload(AmazonSandbox sandbox, params int[] indexes)
    {
        using var writer = new StringWriter();
        writer.Write(string.Join('\t', AmazonSandboxData.ReportColumns));
        writer.Write('\n');
        foreach (var index in indexes)
        {
            sandbox.Data.WriteReportRows(writer, index);
        }

        return writer.ToString();
    }

    private static IRecordRemapper Remapper(AmazonTestHost host) => Assert.IsAssignableFrom<IRecordRemapper>(host.Connector);

    private static int ItemCalls(AmazonSandbox sandbox) => sandbox.Requests.Count(r => r.Operation == AmazonConstants.Operations.GetOrderItems);

    private static string V0Payload(AmazonSandbox sandbox, int index)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            sandbox.Data.WriteOrderV0(writer, index);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private async Task<(List<CanonicalOrder> Orders, QuarantinedRecord Quarantined)> PullAsync(AmazonTestHost host, bool quarantines = true)
    {
        var pages = await ShopifyTestHost.PumpAsync(_time, () => ShopifyTestHost.CollectAsync(host.Connector.PullOrdersAsync(host.Account, null, CancellationToken.None)));
        var quarantined = pages.SelectMany(p => p.Quarantined).ToList();
        return (pages.SelectMany(p => p.Items).ToList(), quarantines ? Assert.Single(quarantined) : new QuarantinedRecord(null, "", ""));
    }

    private AmazonSandbox Sandbox(AmazonSandboxRecordFault fault) =>
        AmazonSandbox.Start(new AmazonSandboxOptions
        {
            Seed = 11,
            OrderCount = 5,
            TimeProvider = _time,
            OrdersStartAt = _time.GetUtcNow() - TimeSpan.FromDays(1),
            OrderInterval = TimeSpan.FromMinutes(10),
            SearchOrdersPlan = SandboxRateLimit.Off,
            GetOrdersPlan = SandboxRateLimit.Off,
            GetOrderItemsPlan = SandboxRateLimit.Off,
            Faults = new AmazonFaultPlan { OrderRecords = new Dictionary<int, AmazonSandboxRecordFault> { [Faulty] = fault } },
        });
}
