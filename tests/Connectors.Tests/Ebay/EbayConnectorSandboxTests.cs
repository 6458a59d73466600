using CrossBorderHub.Connectors.Ebay;
using CrossBorderHub.Connectors.Ebay.Sandbox;
using CrossBorderHub.Connectors.SandboxKit;
using CrossBorderHub.Mapping.Canonical;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrossBorderHub.Connectors.Tests.Ebay;

public sealed class EbayConnectorSandboxTests
{
    private static readonly DateTimeOffset Now = new(2027, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Orders_page_by_offset_inside_the_window_and_each_lands_once_with_one_token_refresh()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(450, time, SandboxRateLimit.Off);
        using var host = Host(time);

        var pages = await Collect(host.Connector.PullOrdersAsync(EbayTestHost.Account(sandbox), null, CancellationToken.None));

        Assert.Equal([200, 200, 50], pages.Select(p => p.Items.Count));
        Assert.Equal(Enumerable.Range(0, 450).Select(sandbox.Data.OrderId).Order(), pages.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).Order());
        Assert.Equal(3, sandbox.RequestCount);
        Assert.Equal(1, sandbox.TokensIssued);
        Assert.All(pages.SelectMany(p => p.Items), o => Assert.Equal("EUR", o.Currency));
    }

    [Fact]
    public async Task A_run_resumes_inside_its_window_at_the_offset_after_the_last_landed_page()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(450, time, SandboxRateLimit.Off);
        using var host = Host(time);
        var account = EbayTestHost.Account(sandbox);
        string checkpoint;
        await using (var pages = host.Connector.PullOrdersAsync(account, null, CancellationToken.None).GetAsyncEnumerator())
        {
            Assert.True(await pages.MoveNextAsync());
            checkpoint = pages.Current.Checkpoint;
        }

        var rest = await Collect(host.Connector.PullOrdersAsync(account, checkpoint, CancellationToken.None));

        Assert.Equal(
            Enumerable.Range(200, 250).Select(sandbox.Data.OrderId).Order(),
            rest.SelectMany(p => p.Items).Select(o => o.MarketplaceOrderId).Order());
    }

    [Fact]
    public async Task The_application_budget_paces_calls_so_the_marketplace_never_answers_429()
    {
        var time = new FakeTimeProvider(Now);

        // The sandbox enforces a burst of 2 and one call a second; the connector budgets a burst of 2 and 0.9 a second
        // (a request is counted on arrival, a moment after the client spent it).
        using var sandbox = Sandbox(1_000, time, new SandboxRateLimit(2, 1));
        using var host = Host(time, new() { ["Connectors:Ebay:FulfillmentBurst"] = "2", ["Connectors:Ebay:FulfillmentCallsPerDay"] = "77760", ["Connectors:Ebay:OrdersPageSize"] = "50" });

        var pages = await PumpAsync(time, () => Collect(host.Connector.PullOrdersAsync(EbayTestHost.Account(sandbox), null, CancellationToken.None)));

        Assert.Equal(1_000, pages.Sum(p => p.Items.Count));
        Assert.DoesNotContain(sandbox.Requests, r => r.Status == 429);
        Assert.True(pages.Sum(p => p.ThrottleWait.TotalSeconds) >= 15, "The pull should have waited for the budget.");
    }

    [Fact]
    public async Task A_shipment_is_created_once_and_a_retry_finds_it_instead_of_creating_another()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(5, time, SandboxRateLimit.Off);
        using var host = Host(time);
        var account = EbayTestHost.Account(sandbox);
        var orderId = sandbox.Data.OrderId(2);
        var shipment = new Shipment
        {
            MarketplaceOrderId = orderId,
            Lines = [.. sandbox.Data.LinesOf(2).Select(l => new ShipmentLine(l.LineItemId, null, l.Quantity))],
            Carrier = "DHL",
            TrackingNumber = "JD0146000012345",
            ShippedAt = Now,
        };

        var first = await host.Connector.ConfirmShipmentAsync(account, shipment, Guid.NewGuid(), CancellationToken.None);
        var again = await host.Connector.ConfirmShipmentAsync(account, shipment, Guid.NewGuid(), CancellationToken.None);

        var stored = Assert.Single(sandbox.Data.ShipmentsOf(orderId));
        Assert.Equal(stored.FulfillmentId, first.MarketplaceReference);
        Assert.Equal(stored.FulfillmentId, again.MarketplaceReference);
        Assert.Equal("2027-06-01T12:00:00.000Z", stored.ShippedDate);
        Assert.Equal("DHL", stored.Carrier);
    }

    [Fact]
    public async Task A_rejected_shipment_keeps_ebays_error_as_its_reason()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(5, time, SandboxRateLimit.Off);
        using var host = Host(time);
        var shipment = new Shipment
        {
            MarketplaceOrderId = sandbox.Data.OrderId(1),
            Lines = [new ShipmentLine("no-such-line", null, 1)],
            Carrier = "DHL",
            TrackingNumber = "JD0146000012346",
            ShippedAt = Now,
        };

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => host.Connector.ConfirmShipmentAsync(EbayTestHost.Account(sandbox), shipment, Guid.NewGuid(), CancellationToken.None));

        Assert.Equal(MarketplaceFailureKind.Rejected, error.Kind);
        Assert.Equal("32400", error.Code);
        Assert.Contains("Invalid line item or quantity: no-such-line x 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_refresh_token_fails_the_pull_as_needing_reauthorization()
    {
        var time = new FakeTimeProvider(Now);
        using var sandbox = Sandbox(5, time, SandboxRateLimit.Off);
        using var host = Host(time);
        sandbox.Authorization.Refuse();

        var error = await Assert.ThrowsAsync<MarketplaceException>(() => Collect(host.Connector.PullOrdersAsync(EbayTestHost.Account(sandbox), null, CancellationToken.None)));

        Assert.Equal(MarketplaceFailureKind.AuthorizationRefused, error.Kind);
        Assert.Equal(0, sandbox.RequestCount);
    }

    private static EbaySandbox Sandbox(int orders, TimeProvider time, SandboxRateLimit limit) =>
        EbaySandbox.Start(new EbaySandboxOptions
        {
            Seed = 7,
            OrderCount = orders,
            MarketplaceId = "EBAY_DE",
            TimeProvider = time,
            OrdersStartAt = Now.AddMinutes(-orders - 1),
            OrderInterval = TimeSpan.FromMinutes(1),
            RateLimit = limit,
        });

    private static EbayTestHost Host(TimeProvider time, Dictionary<string, string?>? settings = null) => new(time, settings);

    private static async Task<List<SourcePage<T>>> Collect<T>(IAsyncEnumerable<SourcePage<T>> pages)
    {
        var list = new List<SourcePage<T>>();
        await foreach (var page in pages)
        {
            list.Add(page);
        }

        return list;
    }

    private static async Task<T> PumpAsync<T>(FakeTimeProvider time, Func<Task<T>> work)
    {
        var task = work();
        while (!task.IsCompleted)
        {
            // Small steps: the clock barely moves while a request is on the wire, so only the budget's waits take time.
            time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.WhenAny(task, Task.Delay(2));
        }

        return await task;
    }
}
